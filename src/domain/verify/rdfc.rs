//! RDF Dataset Canonicalization (RDFC-1.0, W3C Recommendation 2024) with SHA-256: blank nodes get
//! canonical labels `c14n0, c14n1, …` from first-degree hashes, and from N-degree hashes where the
//! first degree does not tell them apart. A work budget stops poison graphs (the reference
//! implementation limits this too).

use super::nquads::{write_quad, Quad, Term};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};

/// Too much work (a graph built to make canonicalisation explode).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooComplex;

/// Budget of N-degree hash calls per dataset.
const MAX_NDEGREE_CALLS: usize = 4_000;

fn hex(bytes: &[u8]) -> String {
    const H: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(H[(b >> 4) as usize] as char);
        s.push(H[(b & 15) as usize] as char);
    }
    s
}

fn sha256_hex(s: &str) -> String {
    hex(&Sha256::digest(s.as_bytes()))
}

#[derive(Clone, Debug, Default)]
struct Issuer {
    prefix: &'static str,
    issued: HashMap<String, String>,
    order: Vec<String>,
}

impl Issuer {
    fn new(prefix: &'static str) -> Issuer {
        Issuer {
            prefix,
            ..Issuer::default()
        }
    }
    fn get(&self, id: &str) -> Option<&String> {
        self.issued.get(id)
    }
    fn issue(&mut self, id: &str) -> String {
        if let Some(v) = self.issued.get(id) {
            return v.clone();
        }
        let v = format!("{}{}", self.prefix, self.order.len());
        self.issued.insert(id.to_string(), v.clone());
        self.order.push(id.to_string());
        v
    }
}

struct State<'a> {
    quads: &'a [Quad],
    /// blank node → indexes of the quads it appears in
    bnodes: HashMap<&'a str, Vec<usize>>,
    canonical: Issuer,
    first_degree: HashMap<String, String>,
    calls: usize,
}

fn blanks(q: &Quad) -> impl Iterator<Item = &str> {
    [Some(&q.s), Some(&q.o), q.g.as_ref()]
        .into_iter()
        .flatten()
        .filter_map(|t| match t {
            Term::Blank(b) => Some(b.as_str()),
            _ => None,
        })
}

/// Compares strings as JavaScript does (by UTF-16 code units), as the reference sorts.
fn utf16_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

impl<'a> State<'a> {
    fn hash_first_degree(&mut self, id: &str) -> String {
        if let Some(h) = self.first_degree.get(id) {
            return h.clone();
        }
        let mut lines: Vec<String> = self.bnodes[id]
            .iter()
            .map(|&i| {
                write_quad(&self.quads[i], &|b| {
                    if b == id {
                        "a".into()
                    } else {
                        "z".into()
                    }
                })
            })
            .collect();
        lines.sort_by(|a, b| utf16_cmp(a, b));
        let h = sha256_hex(&lines.concat());
        self.first_degree.insert(id.to_string(), h.clone());
        h
    }

    fn hash_related(
        &mut self,
        related: &str,
        quad: &Quad,
        issuer: &Issuer,
        position: char,
    ) -> String {
        let mut input = String::new();
        input.push(position);
        if position != 'g' {
            if let Term::Iri(p) = &quad.p {
                input.push('<');
                input.push_str(p);
                input.push('>');
            }
        }
        if let Some(c) = self.canonical.get(related) {
            input.push_str("_:");
            input.push_str(c);
        } else if let Some(c) = issuer.get(related) {
            input.push_str("_:");
            input.push_str(c);
        } else {
            input.push_str(&self.hash_first_degree(related));
        }
        sha256_hex(&input)
    }

    fn hash_n_degree(
        &mut self,
        id: &str,
        mut issuer: Issuer,
    ) -> Result<(String, Issuer), TooComplex> {
        self.calls += 1;
        if self.calls > MAX_NDEGREE_CALLS {
            return Err(TooComplex);
        }
        let mut related: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let quad_ids = self.bnodes[id].clone();
        for qi in quad_ids {
            let q = &self.quads[qi];
            for (pos, term) in [('s', Some(&q.s)), ('o', Some(&q.o)), ('g', q.g.as_ref())] {
                if let Some(Term::Blank(b)) = term {
                    if b != id {
                        let h = self.hash_related(b, q, &issuer, pos);
                        related.entry(h).or_default().push(b.clone());
                    }
                }
            }
        }
        let mut data = String::new();
        // BTreeMap iterates hex hashes in code point order
        for (hash, list) in related {
            data.push_str(&hash);
            let mut chosen_path = String::new();
            let mut chosen_issuer: Option<Issuer> = None;
            let mut perm = list.clone();
            perm.sort();
            let mut permutations = vec![];
            permute(&mut perm, 0, &mut permutations);
            if permutations.len() > MAX_NDEGREE_CALLS {
                return Err(TooComplex);
            }
            'perm: for p in permutations {
                let mut issuer_copy = issuer.clone();
                let mut path = String::new();
                let mut recursion = vec![];
                for r in &p {
                    if let Some(c) = self.canonical.get(r) {
                        path.push_str("_:");
                        path.push_str(c);
                    } else {
                        if issuer_copy.get(r).is_none() {
                            recursion.push(r.clone());
                        }
                        path.push_str("_:");
                        path.push_str(&issuer_copy.issue(r));
                    }
                    if !chosen_path.is_empty()
                        && path.len() >= chosen_path.len()
                        && path > chosen_path
                    {
                        continue 'perm;
                    }
                }
                for r in recursion {
                    let (h, iss) = self.hash_n_degree(&r, issuer_copy.clone())?;
                    path.push_str("_:");
                    path.push_str(&issuer_copy.issue(&r));
                    path.push('<');
                    path.push_str(&h);
                    path.push('>');
                    issuer_copy = iss;
                    if !chosen_path.is_empty()
                        && path.len() >= chosen_path.len()
                        && path > chosen_path
                    {
                        continue 'perm;
                    }
                }
                if chosen_path.is_empty() || path < chosen_path {
                    chosen_path = path;
                    chosen_issuer = Some(issuer_copy);
                }
            }
            data.push_str(&chosen_path);
            if let Some(i) = chosen_issuer {
                issuer = i;
            }
        }
        Ok((sha256_hex(&data), issuer))
    }
}

fn permute(v: &mut Vec<String>, k: usize, out: &mut Vec<Vec<String>>) {
    if out.len() > MAX_NDEGREE_CALLS {
        return;
    }
    if k == v.len() {
        out.push(v.clone());
        return;
    }
    for i in k..v.len() {
        v.swap(k, i);
        permute(v, k + 1, out);
        v.swap(k, i);
    }
}

/// Canonical N-Quads of a dataset (duplicates removed, lines sorted).
pub fn canonicalize(quads: &[Quad]) -> Result<String, TooComplex> {
    let mut quads = quads.to_vec();
    quads.sort();
    quads.dedup();
    let mut bnodes: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, q) in quads.iter().enumerate() {
        for b in blanks(q) {
            let e = bnodes.entry(b).or_default();
            if e.last() != Some(&i) {
                e.push(i);
            }
        }
    }
    let mut st = State {
        quads: &quads,
        bnodes,
        canonical: Issuer::new("c14n"),
        first_degree: HashMap::new(),
        calls: 0,
    };
    let mut ids: Vec<&str> = st.bnodes.keys().copied().collect();
    ids.sort();
    let mut by_hash: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for id in ids {
        let h = st.hash_first_degree(id);
        by_hash.entry(h).or_default().push(id.to_string());
    }
    let mut shared = vec![];
    for (_, list) in by_hash {
        if list.len() == 1 {
            st.canonical.issue(&list[0]);
        } else {
            shared.push(list);
        }
    }
    for list in shared {
        let mut results = vec![];
        for id in list {
            if st.canonical.get(&id).is_some() {
                continue;
            }
            let mut temp = Issuer::new("b");
            temp.issue(&id);
            results.push(st.hash_n_degree(&id, temp)?);
        }
        results.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, issuer) in results {
            for id in issuer.order {
                st.canonical.issue(&id);
            }
        }
    }
    let canonical = &st.canonical;
    let mut lines: Vec<String> = quads
        .iter()
        .map(|q| write_quad(q, &|b| canonical.get(b).cloned().unwrap_or_default()))
        .collect();
    lines.sort_by(|a, b| utf16_cmp(a, b));
    lines.dedup();
    Ok(lines.concat())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::verify::nquads::parse;

    fn c14n(text: &str) -> String {
        canonicalize(&parse(text).unwrap()).unwrap()
    }

    #[test]
    fn labels_do_not_matter() {
        let a = "_:x <http://e/p> _:y .\n_:y <http://e/q> \"v\" .\n";
        let b = "_:foo <http://e/p> _:bar .\n_:bar <http://e/q> \"v\" .\n";
        assert_eq!(c14n(a), c14n(b));
        assert!(c14n(a).contains("_:c14n"));
        // a different graph gives a different result
        let c = "_:x <http://e/p> _:y .\n_:x <http://e/q> \"v\" .\n";
        assert_ne!(c14n(a), c14n(c));
    }

    /// RDFC-1.0 test suite case test002 shape and the spec's example 2 (a cycle of blank nodes
    /// that the first degree cannot tell apart).
    #[test]
    fn symmetric_cycle_needs_n_degree() {
        let text = "_:e0 <http://example.org/vocab#next> _:e1 .\n\
                    _:e1 <http://example.org/vocab#next> _:e2 .\n\
                    _:e2 <http://example.org/vocab#next> _:e0 .\n\
                    _:e0 <http://example.org/vocab#p> \"a\" .\n";
        let out = c14n(text);
        let relabelled = text
            .replace("e0", "q2")
            .replace("e1", "q0")
            .replace("e2", "q1");
        assert_eq!(out, c14n(&relabelled));
        assert_eq!(out.lines().count(), 4);
        for l in ["_:c14n0", "_:c14n1", "_:c14n2"] {
            assert!(out.contains(l), "{out}");
        }
    }

    #[test]
    fn duplicates_collapse() {
        let t = "<http://e/s> <http://e/p> \"o\" .\n<http://e/s> <http://e/p> \"o\" .\n";
        assert_eq!(c14n(t), "<http://e/s> <http://e/p> \"o\" .\n");
    }
}
