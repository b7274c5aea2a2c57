//! RDF terms and quads, their canonical N-Quads form (RDF 1.2 / RDFC-1.0 escapes), and a small
//! N-Quads reader (for tests, fuzzing and the canonicaliser's own test vectors).

use std::fmt::Write;

/// An RDF term.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Term {
    /// An absolute IRI.
    Iri(String),
    /// A blank node label (without `_:`).
    Blank(String),
    /// A literal: lexical form, datatype IRI, language tag.
    Literal {
        /// Lexical form.
        value: String,
        /// Datatype IRI (`rdf:langString` when `lang` is set).
        datatype: String,
        /// Language tag.
        lang: Option<String>,
    },
}

/// `xsd:string`, left implicit in N-Quads.
pub const XSD_STRING: &str = "http://www.w3.org/2001/XMLSchema#string";
/// `rdf:langString`.
pub const RDF_LANGSTRING: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

/// A quad; `graph: None` is the default graph.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Quad {
    /// Subject (IRI or blank node).
    pub s: Term,
    /// Predicate (IRI).
    pub p: Term,
    /// Object.
    pub o: Term,
    /// Graph name.
    pub g: Option<Term>,
}

fn escape_iri(out: &mut String, iri: &str) {
    for c in iri.chars() {
        match c {
            '\u{0}'..='\u{20}' | '<' | '>' | '"' | '{' | '}' | '|' | '^' | '`' | '\\' => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
}

fn escape_literal(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{0}'..='\u{1f}' | '\u{7f}' => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
}

/// Writes a term; blank nodes go through `label` (so the canonicaliser can rename them).
pub fn write_term(out: &mut String, t: &Term, label: &dyn Fn(&str) -> String) {
    match t {
        Term::Iri(i) => {
            out.push('<');
            escape_iri(out, i);
            out.push('>');
        }
        Term::Blank(b) => {
            out.push_str("_:");
            out.push_str(&label(b));
        }
        Term::Literal {
            value,
            datatype,
            lang,
        } => {
            out.push('"');
            escape_literal(out, value);
            out.push('"');
            if let Some(l) = lang {
                out.push('@');
                out.push_str(l);
            } else if datatype != XSD_STRING {
                out.push_str("^^<");
                escape_iri(out, datatype);
                out.push('>');
            }
        }
    }
}

/// One N-Quads line (with the trailing newline).
pub fn write_quad(q: &Quad, label: &dyn Fn(&str) -> String) -> String {
    let mut out = String::new();
    write_term(&mut out, &q.s, label);
    out.push(' ');
    write_term(&mut out, &q.p, label);
    out.push(' ');
    write_term(&mut out, &q.o, label);
    if let Some(g) = &q.g {
        out.push(' ');
        write_term(&mut out, g, label);
    }
    out.push_str(" .\n");
    out
}

/// Reads N-Quads (one statement a line; comments and blank lines skipped).
pub fn parse(text: &str) -> Result<Vec<Quad>, String> {
    let mut quads = vec![];
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut p = Reader {
            s: line.as_bytes(),
            i: 0,
            text: line,
        };
        let q = p
            .quad()
            .ok_or_else(|| format!("line {}: bad N-Quads", n + 1))?;
        quads.push(q);
    }
    Ok(quads)
}

struct Reader<'a> {
    s: &'a [u8],
    i: usize,
    text: &'a str,
}

impl Reader<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && (self.s[self.i] == b' ' || self.s[self.i] == b'\t') {
            self.i += 1;
        }
    }

    fn unescape(&self, raw: &str) -> Option<String> {
        let mut out = String::new();
        let mut chars = raw.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            let e = chars.next()?;
            let hex = |n: usize, chars: &mut std::str::Chars| -> Option<char> {
                let h: String = chars.by_ref().take(n).collect();
                if h.len() != n {
                    return None;
                }
                char::from_u32(u32::from_str_radix(&h, 16).ok()?)
            };
            out.push(match e {
                'b' => '\u{8}',
                't' => '\t',
                'n' => '\n',
                'f' => '\u{c}',
                'r' => '\r',
                '"' => '"',
                '\'' => '\'',
                '\\' => '\\',
                'u' => hex(4, &mut chars)?,
                'U' => hex(8, &mut chars)?,
                _ => return None,
            });
        }
        Some(out)
    }

    fn until(&mut self, end: u8) -> Option<&str> {
        let start = self.i;
        while self.i < self.s.len() && self.s[self.i] != end {
            if self.s[self.i] == b'\\' {
                self.i += 1;
            }
            self.i += 1;
        }
        if self.i >= self.s.len() {
            return None;
        }
        let raw = self.text.get(start..self.i)?;
        self.i += 1;
        Some(raw)
    }

    fn term(&mut self) -> Option<Term> {
        self.ws();
        match self.s.get(self.i)? {
            b'<' => {
                self.i += 1;
                let raw = self.until(b'>')?.to_string();
                Some(Term::Iri(self.unescape(&raw)?))
            }
            b'_' => {
                if self.s.get(self.i + 1) != Some(&b':') {
                    return None;
                }
                self.i += 2;
                let start = self.i;
                while self.i < self.s.len() && !matches!(self.s[self.i], b' ' | b'\t') {
                    self.i += 1;
                }
                let label = self.text.get(start..self.i)?;
                (!label.is_empty()).then(|| Term::Blank(label.to_string()))
            }
            b'"' => {
                self.i += 1;
                let raw = self.until(b'"')?.to_string();
                let value = self.unescape(&raw)?;
                match self.s.get(self.i) {
                    Some(b'@') => {
                        self.i += 1;
                        let start = self.i;
                        while self.i < self.s.len()
                            && (self.s[self.i].is_ascii_alphanumeric() || self.s[self.i] == b'-')
                        {
                            self.i += 1;
                        }
                        Some(Term::Literal {
                            value,
                            datatype: RDF_LANGSTRING.into(),
                            lang: Some(self.text.get(start..self.i)?.to_string()),
                        })
                    }
                    Some(b'^') => {
                        if self.s.get(self.i + 1) != Some(&b'^') {
                            return None;
                        }
                        self.i += 2;
                        let Term::Iri(dt) = self.term()? else {
                            return None;
                        };
                        Some(Term::Literal {
                            value,
                            datatype: dt,
                            lang: None,
                        })
                    }
                    _ => Some(Term::Literal {
                        value,
                        datatype: XSD_STRING.into(),
                        lang: None,
                    }),
                }
            }
            _ => None,
        }
    }

    fn quad(&mut self) -> Option<Quad> {
        let s = self.term()?;
        let p = self.term()?;
        let o = self.term()?;
        self.ws();
        let g = if self.s.get(self.i) == Some(&b'.') {
            None
        } else {
            Some(self.term()?)
        };
        self.ws();
        if self.s.get(self.i) != Some(&b'.') {
            return None;
        }
        self.i += 1;
        self.ws();
        if self.i != self.s.len()
            || matches!(s, Term::Literal { .. })
            || !matches!(p, Term::Iri(_))
            || matches!(g, Some(Term::Literal { .. }))
        {
            return None;
        }
        Some(Quad { s, p, o, g })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_with_escapes() {
        let text = "<http://a/s> <http://a/p> \"line\\nbreak \\\"q\\\" \\\\ tab\\t \\u0001\" .\n\
                    _:b0 <http://a/p> \"3\"^^<http://www.w3.org/2001/XMLSchema#integer> <http://a/g> .\n\
                    _:b0 <http://a/p> \"hei\"@fi .\n";
        let quads = parse(text).unwrap();
        assert_eq!(quads.len(), 3);
        let out: String = quads
            .iter()
            .map(|q| write_quad(q, &|b| b.to_string()))
            .collect();
        assert_eq!(out, text);
        assert!(parse("<a> <b> .").is_err());
        assert!(parse("\"lit\" <http://a/p> <http://a/o> .").is_err());
    }
}
