//! A compact JSON-LD 1.1 processor for credentials: context processing (bundled contexts only,
//! never fetched; protected terms; type- and property-scoped contexts), expansion, and
//! conversion to RDF quads — in "safe mode" as the Data Integrity libraries use it: a property
//! no context defines, a relative IRI or a free-floating value is an error, because silently
//! dropping data would leave it unsigned.
//!
//! Not supported (errors, never silently ignored): `@import`, `@reverse`, `@nest`, index /
//! language / id / type maps, `@included` ([`JsonLdError::Unsupported`]), remote contexts other
//! than the bundled ones ([`JsonLdError::UnknownContext`]). The verifier reports both as "cannot
//! check here", not as a bad signature.

use super::jcs;
use super::nquads::{Quad, Term, RDF_LANGSTRING, XSD_STRING};
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Why a document could not be turned into RDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonLdError {
    /// A context URL that is not bundled.
    UnknownContext(String),
    /// A protected term redefined.
    ProtectedTerm(String),
    /// Safe mode: data that would be dropped or is relative (term, IRI, or what).
    Unsafe(String),
    /// Invalid JSON-LD.
    Invalid(String),
    /// Valid JSON-LD 1.1 that this processor does not implement (`@import`, `@reverse`,
    /// `@nest`, `@included`, index / language / id / type maps): the document cannot be checked
    /// here, which says nothing about whether its signature is good.
    Unsupported(String),
}

fn invalid<T>(what: &str) -> Result<T, JsonLdError> {
    Err(JsonLdError::Invalid(what.to_string()))
}

fn unsupported<T>(what: &str) -> Result<T, JsonLdError> {
    Err(JsonLdError::Unsupported(what.to_string()))
}

/// A keyword found where this processor does not handle it: one of the JSON-LD 1.1 features it
/// leaves out, or an error.
fn keyword_error<T>(k: &str) -> Result<T, JsonLdError> {
    if matches!(k, "@reverse" | "@included" | "@nest") {
        unsupported(&format!("keyword {k}"))
    } else {
        Err(JsonLdError::Invalid(format!("unsupported keyword {k}")))
    }
}

fn unsafe_<T>(what: &str) -> Result<T, JsonLdError> {
    Err(JsonLdError::Unsafe(what.to_string()))
}

type R<T> = Result<T, JsonLdError>;

macro_rules! bundled {
    ($($url:literal => $file:literal),* $(,)?) => {
        /// The text of a bundled context.
        pub fn bundled_text(url: &str) -> Option<&'static str> {
            match url {
                $($url => Some(include_str!(concat!("../../../data/jsonld-contexts/", $file))),)*
                _ => None,
            }
        }
    };
}

bundled! {
    "https://www.w3.org/ns/credentials/v2" => "www.w3.org_ns_credentials_v2.jsonld",
    "https://www.w3.org/2018/credentials/v1" => "www.w3.org_2018_credentials_v1.jsonld",
    "https://www.w3.org/ns/credentials/undefined-terms/v2" => "www.w3.org_ns_credentials_undefined_terms_v2.jsonld",
    "https://w3id.org/security/data-integrity/v1" => "w3id.org_security_data_integrity_v1.jsonld",
    "https://w3id.org/security/data-integrity/v2" => "w3id.org_security_data_integrity_v2.jsonld",
    "https://w3id.org/security/multikey/v1" => "w3id.org_security_multikey_v1.jsonld",
    "https://www.w3.org/ns/credentials/status/v1" => "www.w3.org_ns_credentials_status_v1.jsonld",
    "https://imsglobal.github.io/openbadges-specification/ob_v3p0.html" => "imsglobal.github.io_openbadges_specification_ob_v3p0.html.jsonld",
    "https://w3c-ccg.github.io/vc-ed/plugfest-1-2022/jff-vc-edu-plugfest-1-context.json" => "w3c_ccg.github.io_vc_ed_plugfest_1_2022_jff_vc_edu_plugfest_1_context.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/context.json" => "purl.imsglobal.org_spec_ob_v3p0_context.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json" => "purl.imsglobal.org_spec_ob_v3p0_context_3.0.1.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json" => "purl.imsglobal.org_spec_ob_v3p0_context_3.0.2.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json" => "purl.imsglobal.org_spec_ob_v3p0_context_3.0.3.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json" => "purl.imsglobal.org_spec_ob_v3p0_extensions.json",
    "https://www.w3.org/ns/did/v1" => "www.w3.org_ns_did_v1.jsonld",
    "https://w3id.org/vc/status-list/2021/v1" => "w3id.org_vc_status_list_2021_v1.jsonld",
}

thread_local! {
    static PARSED: RefCell<HashMap<String, Rc<Value>>> = RefCell::new(HashMap::new());
}

/// The `@context` value of a bundled context document, parsed once per thread.
fn load(url: &str) -> R<Rc<Value>> {
    if let Some(v) = PARSED.with(|p| p.borrow().get(url).cloned()) {
        return Ok(v);
    }
    let text = bundled_text(url).ok_or_else(|| JsonLdError::UnknownContext(url.to_string()))?;
    let doc: Value =
        serde_json::from_str(text).map_err(|_| JsonLdError::UnknownContext(url.to_string()))?;
    let ctx = Rc::new(doc.get("@context").cloned().unwrap_or(Value::Null));
    PARSED.with(|p| p.borrow_mut().insert(url.to_string(), ctx.clone()));
    Ok(ctx)
}

const KEYWORDS: &[&str] = &[
    "@base",
    "@container",
    "@context",
    "@direction",
    "@graph",
    "@id",
    "@import",
    "@included",
    "@index",
    "@json",
    "@language",
    "@list",
    "@nest",
    "@none",
    "@prefix",
    "@propagate",
    "@protected",
    "@reverse",
    "@set",
    "@type",
    "@value",
    "@version",
    "@vocab",
];

fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
}

fn looks_like_keyword(s: &str) -> bool {
    s.len() > 1 && s.starts_with('@') && s[1..].bytes().all(|b| b.is_ascii_alphabetic())
}

/// `scheme:rest` with no white space, or a blank node `_:x` (the reference's test).
pub fn is_absolute_iri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let ok_scheme = scheme == "_"
        || (scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.')));
    ok_scheme && !rest.chars().any(char::is_whitespace)
}

#[derive(Debug, Clone, PartialEq)]
struct TermDef {
    iri: Option<String>,
    prefix: bool,
    protected: bool,
    typ: Option<String>,
    container: Vec<String>,
    context: Option<Value>,
    /// `@language` of the term: `Some(None)` is an explicit `null`.
    language: Option<Option<String>>,
    /// `@direction` of the term (`ltr` / `rtl`): `Some(None)` is an explicit `null`.
    direction: Option<Option<String>>,
}

impl TermDef {
    fn same_as(&self, other: &TermDef) -> bool {
        self.iri == other.iri
            && self.prefix == other.prefix
            && self.typ == other.typ
            && self.container == other.container
            && self.context == other.context
            && self.language == other.language
            && self.direction == other.direction
    }
}

/// An active context.
#[derive(Debug, Clone, Default)]
pub struct Ctx {
    terms: Rc<HashMap<String, TermDef>>,
    vocab: Option<String>,
    /// The default language of plain strings (`@language` in a context).
    language: Option<String>,
    /// The default base direction of plain strings (`@direction` in a context).
    direction: Option<String>,
    previous: Option<Rc<Ctx>>,
}

impl Ctx {
    fn term(&self, t: &str) -> Option<&TermDef> {
        self.terms.get(t)
    }
}

const MAX_DEPTH: usize = 32;

struct Local<'a> {
    map: &'a Map<String, Value>,
    defined: HashMap<String, bool>,
    protected_default: bool,
    override_protected: bool,
}

/// Expands an IRI (JSON-LD 1.1 "IRI expansion"), defining terms of `local` it depends on.
fn expand_iri(
    ctx: &mut Ctx,
    value: &str,
    vocab: bool,
    mut local: Option<&mut Local>,
) -> R<Option<String>> {
    if is_keyword(value) {
        return Ok(Some(value.to_string()));
    }
    if looks_like_keyword(value) {
        return Ok(None);
    }
    if let Some(l) = local.as_deref_mut() {
        if l.map.contains_key(value) && l.defined.get(value) != Some(&true) {
            create_term(ctx, l, value)?;
        }
    }
    if vocab {
        if let Some(def) = ctx.term(value) {
            return Ok(def.iri.clone());
        }
    }
    if let Some(colon) = value.find(':').filter(|&c| c > 0) {
        let (prefix, suffix) = (&value[..colon], &value[colon + 1..]);
        if prefix == "_" || suffix.starts_with("//") {
            return Ok(Some(value.to_string()));
        }
        if let Some(l) = local {
            if l.map.contains_key(prefix) && l.defined.get(prefix) != Some(&true) {
                create_term(ctx, l, prefix)?;
            }
        }
        if let Some(def) = ctx.term(prefix) {
            if let (Some(iri), true) = (&def.iri, def.prefix) {
                return Ok(Some(format!("{iri}{suffix}")));
            }
        }
        if is_absolute_iri(value) {
            return Ok(Some(value.to_string()));
        }
    }
    if vocab {
        if let Some(v) = &ctx.vocab {
            return Ok(Some(format!("{v}{value}")));
        }
    }
    // no base IRI (the Data Integrity libraries canonicalise with `base: null`)
    Ok(Some(value.to_string()))
}

/// A base direction: `null`, `"ltr"` or `"rtl"`.
fn direction(v: &Value) -> R<Option<String>> {
    match v {
        Value::Null => Ok(None),
        Value::String(d) if d == "ltr" || d == "rtl" => Ok(Some(d.clone())),
        _ => invalid("invalid base direction"),
    }
}

fn create_term(ctx: &mut Ctx, local: &mut Local, term: &str) -> R<()> {
    match local.defined.get(term) {
        Some(true) => return Ok(()),
        Some(false) => return invalid("cyclic IRI mapping"),
        None => {}
    }
    local.defined.insert(term.to_string(), false);
    let value = &local.map[term];
    if term == "@type" {
        // only `{"@container": "@set"}` (and `@protected`) is allowed here
        local.defined.insert(term.to_string(), true);
        return Ok(());
    }
    if is_keyword(term) {
        return invalid("keyword redefinition");
    }
    if looks_like_keyword(term) {
        local.defined.insert(term.to_string(), true);
        return Ok(());
    }
    let previous = ctx.term(term).cloned();
    Rc::make_mut(&mut ctx.terms).remove(term);
    let empty = Map::new();
    let (map, simple, id_value) = match value {
        Value::Null => (&empty, false, Some(Value::Null)),
        Value::String(s) => (&empty, true, Some(Value::String(s.clone()))),
        Value::Object(o) => (o, false, o.get("@id").cloned()),
        _ => return invalid("invalid term definition"),
    };
    for k in map.keys() {
        if !matches!(
            k.as_str(),
            "@id"
                | "@type"
                | "@container"
                | "@context"
                | "@protected"
                | "@prefix"
                | "@language"
                | "@direction"
        ) {
            return if matches!(k.as_str(), "@reverse" | "@nest" | "@index") {
                unsupported(&format!("term definition with {k}"))
            } else {
                invalid("invalid term definition keyword")
            };
        }
    }
    let mut def = TermDef {
        iri: None,
        prefix: false,
        protected: map
            .get("@protected")
            .and_then(Value::as_bool)
            .unwrap_or(local.protected_default),
        typ: None,
        container: vec![],
        context: map.get("@context").cloned(),
        language: match map.get("@language") {
            None => None,
            Some(Value::Null) => Some(None),
            Some(Value::String(l)) => Some(Some(l.to_lowercase())),
            Some(_) => return invalid("invalid language mapping"),
        },
        direction: match map.get("@direction") {
            None => None,
            Some(v) => Some(direction(v)?),
        },
    };
    if let Some(t) = map.get("@type") {
        let Some(t) = t.as_str() else {
            return invalid("invalid type mapping");
        };
        let t = expand_iri(ctx, t, true, Some(local))?.unwrap_or_default();
        if !matches!(t.as_str(), "@id" | "@vocab" | "@json" | "@none")
            && (is_keyword(&t) || !is_absolute_iri(&t) || t.starts_with("_:"))
        {
            return invalid("invalid type mapping");
        }
        def.typ = Some(t);
    }
    match id_value {
        Some(Value::Null) => {}
        Some(Value::String(id)) if id != term => {
            if looks_like_keyword(&id) && !is_keyword(&id) {
                // ignored, like a null mapping
            } else {
                let iri = expand_iri(ctx, &id, true, Some(local))?.unwrap_or_default();
                if iri == "@context" || (!is_keyword(&iri) && !is_absolute_iri(&iri)) {
                    return invalid("invalid IRI mapping");
                }
                def.prefix = simple
                    && !term.contains(':')
                    && iri.ends_with([':', '/', '?', '#', '[', ']', '@']);
                def.iri = Some(iri);
            }
        }
        Some(Value::String(_)) | None => {
            if let Some(colon) = term[1..].find(':').map(|c| c + 1) {
                let prefix = &term[..colon];
                if local.map.contains_key(prefix) {
                    create_term(ctx, local, prefix)?;
                }
                def.iri = match ctx.term(prefix).and_then(|d| d.iri.clone()) {
                    Some(p) => Some(format!("{p}{}", &term[colon + 1..])),
                    None => Some(term.to_string()),
                };
            } else if let Some(v) = &ctx.vocab {
                def.iri = Some(format!("{v}{term}"));
            } else {
                return invalid("relative term definition without vocab mapping");
            }
        }
        Some(_) => return invalid("invalid IRI mapping"),
    }
    if let Some(c) = map.get("@container") {
        let list: Vec<String> = match c {
            Value::String(s) => vec![s.clone()],
            Value::Array(a) => a
                .iter()
                .map(|x| x.as_str().map(str::to_string))
                .collect::<Option<_>>()
                .ok_or_else(|| JsonLdError::Invalid("invalid container mapping".into()))?,
            _ => return invalid("invalid container mapping"),
        };
        for c in &list {
            match c.as_str() {
                "@set" | "@list" | "@graph" => {}
                "@index" | "@language" | "@id" | "@type" => {
                    return unsupported(&format!("{c} container"))
                }
                _ => return invalid("invalid container mapping"),
            }
        }
        def.container = list;
    }
    if let Some(p) = map.get("@prefix").and_then(Value::as_bool) {
        def.prefix = p;
    }
    if let Some(prev) = previous {
        if prev.protected && !local.override_protected {
            if !prev.same_as(&def) {
                return Err(JsonLdError::ProtectedTerm(term.to_string()));
            }
            def = prev;
        }
    }
    Rc::make_mut(&mut ctx.terms).insert(term.to_string(), def);
    local.defined.insert(term.to_string(), true);
    Ok(())
}

/// Context processing.
fn process(
    active: &Ctx,
    local: &Value,
    override_protected: bool,
    propagate: bool,
    depth: usize,
) -> R<Ctx> {
    if depth > MAX_DEPTH {
        return invalid("context overflow");
    }
    let mut result = active.clone();
    if !propagate && result.previous.is_none() {
        result.previous = Some(Rc::new(active.clone()));
    }
    let list: Vec<&Value> = match local {
        Value::Array(a) => a.iter().collect(),
        v => vec![v],
    };
    for c in list {
        match c {
            Value::Null => {
                if !override_protected && result.terms.values().any(|t| t.protected) {
                    return invalid("invalid context nullification");
                }
                let previous = result.previous.take();
                result = Ctx {
                    previous: if propagate { None } else { previous },
                    ..Ctx::default()
                };
            }
            Value::String(url) => {
                let doc = load(url)?;
                result = process(&result, &doc, override_protected, true, depth + 1)?;
            }
            Value::Object(map) => {
                if map.contains_key("@import") {
                    return unsupported("@import");
                }
                if let Some(v) = map.get("@vocab") {
                    result.vocab = match v {
                        Value::Null => None,
                        Value::String(s) => {
                            let iri = expand_iri(&mut result, s, true, None)?.unwrap_or_default();
                            if !is_absolute_iri(&iri) {
                                return unsafe_("relative @vocab reference");
                            }
                            Some(iri)
                        }
                        _ => return invalid("invalid vocab mapping"),
                    };
                }
                // jsonld.js (the reference) starts every local context from a copy of the
                // active context that does not carry the default base direction over: only a
                // direction set by the context processed last is in effect. Signatures made
                // with it depend on that, so this processor does the same (JSON-LD 1.1 would
                // keep the direction).
                result.direction = None;
                match map.get("@language") {
                    None => {}
                    Some(Value::Null) => result.language = None,
                    Some(Value::String(l)) => result.language = Some(l.to_lowercase()),
                    Some(_) => return invalid("invalid default language"),
                }
                if let Some(d) = map.get("@direction") {
                    result.direction = direction(d)?;
                }
                let mut l = Local {
                    map,
                    defined: HashMap::new(),
                    protected_default: map.get("@protected").and_then(Value::as_bool) == Some(true),
                    override_protected,
                };
                for key in map.keys() {
                    if matches!(
                        key.as_str(),
                        "@base"
                            | "@direction"
                            | "@language"
                            | "@propagate"
                            | "@protected"
                            | "@version"
                            | "@vocab"
                    ) {
                        continue;
                    }
                    create_term(&mut result, &mut l, key)?;
                }
            }
            _ => return invalid("invalid local context"),
        }
    }
    Ok(result)
}

fn as_list(v: &Value) -> Vec<&Value> {
    match v {
        Value::Array(a) => a.iter().collect(),
        v => vec![v],
    }
}

fn push_value(map: &mut Map<String, Value>, key: &str, v: Value) {
    let entry = map
        .entry(key.to_string())
        .or_insert_with(|| Value::Array(vec![]));
    let arr = entry.as_array_mut().expect("expanded values are arrays");
    match v {
        Value::Array(items) => arr.extend(items),
        v => arr.push(v),
    }
}

struct Expander {
    steps: usize,
}

const MAX_STEPS: usize = 200_000;

impl Expander {
    fn expand_value(&self, ctx: &mut Ctx, prop: &str, value: &Value) -> R<Value> {
        let def = ctx.term(prop).cloned();
        let typ = def.as_ref().and_then(|d| d.typ.clone());
        if let Value::String(s) = value {
            match typ.as_deref() {
                Some("@id") => {
                    let iri = expand_iri(ctx, s, false, None)?.unwrap_or_default();
                    return Ok(serde_json::json!({ "@id": iri }));
                }
                Some("@vocab") => {
                    let iri = expand_iri(ctx, s, true, None)?.unwrap_or_default();
                    return Ok(serde_json::json!({ "@id": iri }));
                }
                _ => {}
            }
        }
        let mut out = Map::new();
        out.insert("@value".into(), value.clone());
        if let Some(t) = typ.filter(|t| !matches!(t.as_str(), "@id" | "@vocab" | "@none")) {
            out.insert("@type".into(), Value::String(t));
        } else if value.is_string() {
            // Value Expansion: the term's language / direction, else the context's defaults
            let language = match def.as_ref().and_then(|d| d.language.clone()) {
                Some(l) => l,
                None => ctx.language.clone(),
            };
            let direction = match def.as_ref().and_then(|d| d.direction.clone()) {
                Some(d) => d,
                None => ctx.direction.clone(),
            };
            if let Some(l) = language {
                out.insert("@language".into(), Value::String(l));
            }
            if let Some(d) = direction {
                out.insert("@direction".into(), Value::String(d));
            }
        }
        Ok(Value::Object(out))
    }

    fn expand(&mut self, ctx: &Ctx, prop: Option<&str>, element: &Value, depth: usize) -> R<Value> {
        self.steps += 1;
        if self.steps > MAX_STEPS || depth > 256 {
            return invalid("document too deep or too large");
        }
        let expanded_prop = match prop {
            Some(p) => expand_iri(&mut ctx.clone(), p, true, None)?,
            None => None,
        };
        let top = prop.is_none() || expanded_prop.as_deref() == Some("@graph");
        let property_ctx = prop
            .and_then(|p| ctx.term(p))
            .and_then(|d| d.context.clone());
        match element {
            Value::Null => Ok(Value::Null),
            Value::Array(items) => {
                let mut out = vec![];
                for item in items {
                    match self.expand(ctx, prop, item, depth + 1)? {
                        Value::Null => {}
                        Value::Array(a) => out.extend(a),
                        v => out.push(v),
                    }
                }
                Ok(Value::Array(out))
            }
            Value::Object(obj) => {
                self.expand_object(ctx, prop, expanded_prop, property_ctx, obj, top, depth)
            }
            scalar => {
                if top {
                    return unsafe_("free-floating scalar");
                }
                let mut c = ctx.clone();
                if let Some(pc) = &property_ctx {
                    c = process(&c, pc, true, true, 0)?;
                }
                self.expand_value(&mut c, prop.unwrap_or(""), scalar)
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn expand_object(
        &mut self,
        ctx: &Ctx,
        prop: Option<&str>,
        expanded_prop: Option<String>,
        property_ctx: Option<Value>,
        obj: &Map<String, Value>,
        top: bool,
        depth: usize,
    ) -> R<Value> {
        let mut active = ctx.clone();
        // a type-scoped context does not reach into nested nodes
        if let Some(prev) = &active.previous {
            let mut probe = active.clone();
            let keys: Vec<Option<String>> = obj
                .keys()
                .map(|k| expand_iri(&mut probe, k, true, None))
                .collect::<R<_>>()?;
            let is_value = keys.iter().any(|k| k.as_deref() == Some("@value"));
            let only_id = keys.len() == 1 && keys[0].as_deref() == Some("@id");
            if !is_value && !only_id {
                active = (**prev).clone();
                // reverting is a copy too in jsonld.js: the default direction is dropped
                active.direction = None;
            }
        }
        if let Some(pc) = &property_ctx {
            active = process(&active, pc, true, true, 0)?;
        }
        if let Some(c) = obj.get("@context") {
            active = process(&active, c, false, true, 0)?;
        }
        let type_scoped = active.clone();
        let mut keys: Vec<&String> = obj.keys().collect();
        keys.sort();
        for key in &keys {
            if expand_iri(&mut active.clone(), key, true, None)?.as_deref() == Some("@type") {
                let mut types: Vec<&str> = as_list(&obj[key.as_str()])
                    .into_iter()
                    .filter_map(Value::as_str)
                    .collect();
                types.sort();
                for t in types {
                    if let Some(c) = type_scoped.term(t).and_then(|d| d.context.clone()) {
                        active = process(&active, &c, false, false, 0)?;
                    }
                }
            }
        }
        let mut out = Map::new();
        for key in keys {
            let value = &obj[key.as_str()];
            if key == "@context" {
                continue;
            }
            let Some(ep) = expand_iri(&mut active, key, true, None)? else {
                return Err(JsonLdError::Unsafe(format!("invalid property {key}")));
            };
            if !is_keyword(&ep) && !is_absolute_iri(&ep) {
                return Err(JsonLdError::Unsafe(format!("invalid property {key}")));
            }
            if is_keyword(&ep) {
                if out.contains_key(&ep) && ep != "@type" {
                    return invalid("colliding keywords");
                }
                match ep.as_str() {
                    "@id" => {
                        let Value::String(s) = value else {
                            return invalid("invalid @id value");
                        };
                        let iri = expand_iri(&mut active, s, false, None)?.unwrap_or_default();
                        if !is_absolute_iri(&iri) {
                            return Err(JsonLdError::Unsafe(format!("relative @id {s}")));
                        }
                        out.insert(ep, Value::String(iri));
                    }
                    "@type" => {
                        let mut ts = type_scoped.clone();
                        for t in as_list(value) {
                            let Value::String(s) = t else {
                                return invalid("invalid type value");
                            };
                            let iri = expand_iri(&mut ts, s, true, None)?.unwrap_or_default();
                            if !is_absolute_iri(&iri) && iri != "@json" {
                                return Err(JsonLdError::Unsafe(format!("relative @type {s}")));
                            }
                            push_value(&mut out, "@type", Value::String(iri));
                        }
                    }
                    "@value" => {
                        if (value.is_array() || value.is_object())
                            && out.get("@type").and_then(|t| t.as_array())
                                != Some(&vec![Value::String("@json".into())])
                        {
                            return invalid("invalid value object value");
                        }
                        out.insert(ep, value.clone());
                    }
                    "@language" => {
                        let Value::String(s) = value else {
                            return invalid("invalid language-tagged string");
                        };
                        out.insert(ep, Value::String(s.to_lowercase()));
                    }
                    "@direction" => {
                        if let Some(d) = direction(value)? {
                            out.insert(ep, Value::String(d));
                        } else {
                            return invalid("invalid base direction");
                        }
                    }
                    "@graph" => {
                        let v = self.expand(&active, Some("@graph"), value, depth + 1)?;
                        let v = match v {
                            Value::Array(a) => Value::Array(a),
                            Value::Null => Value::Array(vec![]),
                            v => Value::Array(vec![v]),
                        };
                        out.insert(ep, v);
                    }
                    "@list" => {
                        if top {
                            continue;
                        }
                        let v = self.expand(&active, prop, value, depth + 1)?;
                        let v = match v {
                            Value::Array(a) => a,
                            Value::Null => vec![],
                            v => vec![v],
                        };
                        out.insert(ep, Value::Array(v));
                    }
                    "@set" => {
                        let v = self.expand(&active, prop, value, depth + 1)?;
                        out.insert(ep, v);
                    }
                    "@index" => {}
                    _ => return keyword_error(&ep),
                }
                continue;
            }
            let def = active.term(key).cloned();
            let container = def
                .as_ref()
                .map(|d| d.container.clone())
                .unwrap_or_default();
            let is_json = def.as_ref().and_then(|d| d.typ.as_deref()) == Some("@json");
            let mut ev = if is_json {
                serde_json::json!({ "@value": value, "@type": "@json" })
            } else {
                self.expand(&active, Some(key), value, depth + 1)?
            };
            if ev.is_null() && !is_json {
                continue;
            }
            if container.iter().any(|c| c == "@list") && ev.get("@list").is_none() {
                let items = match ev {
                    Value::Array(a) => a,
                    v => vec![v],
                };
                ev = serde_json::json!({ "@list": items });
            }
            if container.iter().any(|c| c == "@graph") {
                let items = match ev {
                    Value::Array(a) => a,
                    v => vec![v],
                };
                ev = Value::Array(
                    items
                        .into_iter()
                        .map(|v| serde_json::json!({ "@graph": [v] }))
                        .collect(),
                );
            }
            push_value(&mut out, &ep, ev);
        }
        let _ = expanded_prop;
        if let Some(v) = out.get("@value") {
            if v.is_null() {
                return unsafe_("null @value value");
            }
            if out.contains_key("@type")
                && (out.contains_key("@language") || out.contains_key("@direction"))
            {
                return invalid("value object with @type and @language or @direction");
            }
            if let Some(Value::Array(t)) = out.get("@type") {
                if t.len() != 1 {
                    return invalid("invalid typed value");
                }
                let t = t[0].clone();
                out.insert("@type".into(), t);
            }
            if out.len() == 1 && top {
                return unsafe_("free-floating value");
            }
        } else if out.contains_key("@set") {
            return Ok(out.remove("@set").unwrap_or(Value::Null));
        } else if out.len() == 1 && out.contains_key("@language") {
            return unsafe_("object with only @language");
        }
        if top {
            if out.is_empty() {
                return unsafe_("empty object");
            }
            if out.contains_key("@list") {
                return unsafe_("object with only @list");
            }
            if out.len() == 1 && out.contains_key("@id") {
                return unsafe_("object with only @id");
            }
        }
        Ok(Value::Object(out))
    }
}

/// Expands a JSON-LD document (JSON-LD 1.1 Expansion, safe mode). The result is an array of
/// node objects.
pub fn expand(doc: &Value) -> R<Vec<Value>> {
    let mut ex = Expander { steps: 0 };
    let v = ex.expand(&Ctx::default(), None, doc, 0)?;
    let v = match v {
        Value::Object(mut o) if o.len() == 1 && o.contains_key("@graph") => {
            o.remove("@graph").unwrap_or(Value::Null)
        }
        v => v,
    };
    Ok(match v {
        Value::Null => vec![],
        Value::Array(a) => a,
        v => vec![v],
    })
}

const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

struct ToRdf {
    quads: Vec<Quad>,
    blank: HashMap<String, String>,
    next: usize,
}

impl ToRdf {
    fn fresh(&mut self) -> Term {
        let t = Term::Blank(format!("b{}", self.next));
        self.next += 1;
        t
    }

    fn node_id(&mut self, id: &str) -> R<Term> {
        if let Some(label) = id.strip_prefix("_:") {
            let n = self.blank.len();
            let l = self
                .blank
                .entry(label.to_string())
                .or_insert_with(|| format!("n{n}"))
                .clone();
            return Ok(Term::Blank(l));
        }
        if !is_absolute_iri(id) {
            return Err(JsonLdError::Unsafe(format!("relative IRI {id}")));
        }
        Ok(Term::Iri(id.to_string()))
    }

    fn literal(&self, v: &Map<String, Value>) -> R<Term> {
        let value = &v["@value"];
        let dt = v.get("@type").and_then(Value::as_str);
        if let Some(t) = dt {
            if t != "@json" && !is_absolute_iri(t) {
                return Err(JsonLdError::Unsafe(format!("relative datatype {t}")));
            }
        }
        let lit = |value: String, datatype: &str| Term::Literal {
            value,
            datatype: datatype.to_string(),
            lang: None,
        };
        Ok(match (value, dt) {
            (v, Some("@json")) => lit(jcs::canonicalize(v), &format!("{RDF}JSON")),
            (Value::Bool(b), dt) => lit(b.to_string(), dt.unwrap_or(&format!("{XSD}boolean"))),
            (Value::Number(n), dt) => {
                let f = n.as_f64().unwrap_or(0.0);
                let is_double = jcs::number(f).contains('.') || f.abs() >= 1e21;
                let double_dt = format!("{XSD}double");
                if is_double || dt == Some(double_dt.as_str()) {
                    lit(js_exponential(f), dt.unwrap_or(&double_dt))
                } else {
                    lit(format!("{f:.0}"), dt.unwrap_or(&format!("{XSD}integer")))
                }
            }
            (Value::String(s), Some(dt)) if dt == format!("{XSD}double") => {
                let f: f64 = s.trim().parse().unwrap_or(f64::NAN);
                lit(js_exponential(f), dt)
            }
            // a base direction as the Data Integrity libraries serialise it (`rdfDirection:
            // 'i18n-datatype'`): the datatype https://www.w3.org/ns/i18n#{language}_{direction}
            (Value::String(s), None) if v.contains_key("@direction") => {
                let lang = v.get("@language").and_then(Value::as_str).unwrap_or("");
                let dir = v.get("@direction").and_then(Value::as_str).unwrap_or("");
                lit(
                    s.clone(),
                    &format!("https://www.w3.org/ns/i18n#{}_{dir}", lang.to_lowercase()),
                )
            }
            (Value::String(s), dt) => match v.get("@language").and_then(Value::as_str) {
                Some(l) if dt.is_none() => Term::Literal {
                    value: s.clone(),
                    datatype: RDF_LANGSTRING.into(),
                    lang: Some(l.to_string()),
                },
                _ => lit(s.clone(), dt.unwrap_or(XSD_STRING)),
            },
            _ => return invalid("invalid value object"),
        })
    }

    /// Emits an object (value, list, graph or node) and returns the term that refers to it.
    fn object(&mut self, item: &Value, graph: &Option<Term>) -> R<Term> {
        let Value::Object(o) = item else {
            return invalid("invalid expanded value");
        };
        if o.contains_key("@value") {
            return self.literal(o);
        }
        if let Some(Value::Array(list)) = o.get("@list") {
            if list.is_empty() {
                return Ok(Term::Iri(format!("{RDF}nil")));
            }
            let heads: Vec<Term> = list.iter().map(|_| self.fresh()).collect();
            for (i, it) in list.iter().enumerate() {
                let obj = self.object(it, graph)?;
                self.push(heads[i].clone(), &format!("{RDF}first"), obj, graph);
                let rest = heads
                    .get(i + 1)
                    .cloned()
                    .unwrap_or_else(|| Term::Iri(format!("{RDF}nil")));
                self.push(heads[i].clone(), &format!("{RDF}rest"), rest, graph);
            }
            return Ok(heads[0].clone());
        }
        self.node(o, graph)
    }

    fn push(&mut self, s: Term, p: &str, o: Term, g: &Option<Term>) {
        self.quads.push(Quad {
            s,
            p: Term::Iri(p.to_string()),
            o,
            g: g.clone(),
        });
    }

    fn node(&mut self, o: &Map<String, Value>, graph: &Option<Term>) -> R<Term> {
        let subject = match o.get("@id").and_then(Value::as_str) {
            Some(id) => self.node_id(id)?,
            None => self.fresh(),
        };
        if let Some(Value::Array(g)) = o.get("@graph") {
            let name = Some(subject.clone());
            for n in g {
                match n {
                    Value::Object(no) if !no.contains_key("@value") => {
                        self.node(no, &name)?;
                    }
                    _ => return unsafe_("free-floating value in graph"),
                }
            }
        }
        for (k, v) in o {
            match k.as_str() {
                "@id" | "@graph" | "@index" => {}
                "@type" => {
                    for t in v.as_array().into_iter().flatten() {
                        let t = self.node_id(t.as_str().unwrap_or(""))?;
                        self.push(subject.clone(), &format!("{RDF}type"), t, graph);
                    }
                }
                k if k.starts_with('@') => return keyword_error(k),
                k if k.starts_with("_:") => return unsafe_("blank node predicate"),
                k => {
                    if !is_absolute_iri(k) {
                        return unsafe_("relative predicate reference");
                    }
                    for item in v.as_array().into_iter().flatten() {
                        let obj = self.object(item, graph)?;
                        self.push(subject.clone(), k, obj, graph);
                    }
                }
            }
        }
        Ok(subject)
    }
}

/// Converts a JSON-LD document to RDF quads (Deserialize JSON-LD to RDF, safe mode).
pub fn to_rdf(doc: &Value) -> R<Vec<Quad>> {
    let expanded = expand(doc)?;
    let mut t = ToRdf {
        quads: vec![],
        blank: HashMap::new(),
        next: 0,
    };
    for n in &expanded {
        match n {
            Value::Object(o) if !o.contains_key("@value") && !o.contains_key("@list") => {
                t.node(o, &None)?;
            }
            _ => return unsafe_("free-floating value"),
        }
    }
    Ok(t.quads)
}

/// `Number.prototype.toExponential(15)` with the JSON-LD canonical double tweak
/// (`1.5E0`, `1.0E1`).
fn js_exponential(f: f64) -> String {
    let s = format!("{f:.15e}");
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let mut m = mant.trim_end_matches('0').to_string();
    if m.ends_with('.') {
        m.push('0');
    }
    format!("{m}E{exp}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::verify::nquads::write_quad;
    use crate::domain::verify::rdfc::canonicalize;
    use serde_json::json;

    fn nq(doc: Value) -> String {
        canonicalize(&to_rdf(&doc).unwrap()).unwrap()
    }

    #[test]
    fn doubles_and_integers_like_the_reference() {
        assert_eq!(js_exponential(1.5), "1.5E0");
        assert_eq!(js_exponential(10.0), "1.0E1");
        assert_eq!(js_exponential(-0.00025), "-2.5E-4");
        let out = nq(json!({
            "@context": {"@vocab": "http://e/", "f": {"@id": "http://e/f", "@type": "http://www.w3.org/2001/XMLSchema#float"}},
            "@id": "http://e/s", "i": 3, "d": 2.5, "f": 3.0, "b": true
        }));
        assert!(
            out.contains("<http://e/i> \"3\"^^<http://www.w3.org/2001/XMLSchema#integer>"),
            "{out}"
        );
        assert!(
            out.contains("<http://e/d> \"2.5E0\"^^<http://www.w3.org/2001/XMLSchema#double>"),
            "{out}"
        );
        assert!(
            out.contains("<http://e/f> \"3\"^^<http://www.w3.org/2001/XMLSchema#float>"),
            "{out}"
        );
        assert!(
            out.contains("\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>"),
            "{out}"
        );
    }

    #[test]
    fn safe_mode_refuses_what_it_would_drop() {
        let ctx = json!({"name": "http://schema.org/name"});
        assert!(matches!(
            to_rdf(&json!({"@context": ctx, "@id": "http://e/s", "name": "x", "undefinedTerm": 1})),
            Err(JsonLdError::Unsafe(_))
        ));
        assert!(matches!(
            to_rdf(&json!({"@context": ctx, "@id": "relative", "name": "x"})),
            Err(JsonLdError::Unsafe(_))
        ));
        assert!(matches!(
            to_rdf(&json!({"@context": "https://example.com/unknown", "name": "x"})),
            Err(JsonLdError::UnknownContext(_))
        ));
    }

    #[test]
    fn protected_terms_cannot_be_redefined() {
        let doc = json!({
            "@context": ["https://www.w3.org/ns/credentials/v2", {"name": "http://evil.example/name"}],
            "type": "VerifiableCredential", "name": "x"
        });
        assert!(matches!(to_rdf(&doc), Err(JsonLdError::ProtectedTerm(t)) if t == "name"));
    }

    #[test]
    fn credential_v2_with_type_scoped_terms() {
        let doc = json!({
            "@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/undefined-terms/v2"],
            "id": "urn:uuid:1",
            "type": ["VerifiableCredential"],
            "issuer": "did:example:issuer",
            "validFrom": "2025-01-01T00:00:00Z",
            "credentialSubject": {"id": "did:example:subject", "nickname": "Ada"}
        });
        let quads = to_rdf(&doc).unwrap();
        let text: String = quads
            .iter()
            .map(|q| write_quad(q, &|b| b.to_string()))
            .collect();
        assert!(
            text.contains(
                "<urn:uuid:1> <https://www.w3.org/2018/credentials#issuer> <did:example:issuer>"
            ),
            "{text}"
        );
        assert!(text.contains("<urn:uuid:1> <https://www.w3.org/2018/credentials#validFrom> \"2025-01-01T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>"), "{text}");
        // undefined terms land in the vocabulary of the undefined-terms context
        assert!(text.contains("<did:example:subject> <https://www.w3.org/ns/credentials/undefined-term#nickname> \"Ada\""), "{text}");
        // and without it they are refused
        let mut bare = doc.clone();
        bare["@context"] = json!(["https://www.w3.org/ns/credentials/v2"]);
        assert!(matches!(to_rdf(&bare), Err(JsonLdError::Unsafe(_))));
    }
}
