//! `tend` in the user's language: `--lang`, else the locale; every line of `today` and `plan`
//! in it, with no English left and no catalog identifier showing through.

use std::path::Path;
use std::process::Command;

use tend_core::messages::{Message, MessageId, SHIPPED_LANGUAGES};

const NOW: &str = "2026-11-25T18:00:00Z";

fn run(db: &Path, env: &[(&str, &str)], args: &[&str]) -> std::process::Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tend"));
    c.arg("--db")
        .arg(db)
        .args(["--tz", "America/New_York", "--now", NOW])
        .args(args)
        .env_remove("TEND_KEY_FILE")
        .env_remove("TEND_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn tend(db: &Path, env: &[(&str, &str)], args: &[&str]) -> String {
    let out = run(db, env, args);
    assert!(
        out.status.success(),
        "tend {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A run that fails: its exit code and what it said on stderr.
fn refused(db: &Path, args: &[&str]) -> (Option<i32>, String) {
    let out = run(db, &[], args);
    (out.status.code(), String::from_utf8(out.stderr).unwrap())
}

fn demo() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    tend(&db, &[], &["demo"]);
    (dir, db)
}

/// English the CLI printed before it had languages; none may survive in another language.
const ENGLISH: &[&str] = &[
    "Today,",
    "Reach out",
    "Meetings today",
    "Needs nobody covers",
    "Not checked in",
    "overdue",
    "last contact",
    "support in",
    "days since you were last in touch",
    "Replan by",
    "Daily check-in",
];

fn no_english_or_ids(lang: &str, out: &str) {
    for e in ENGLISH {
        assert!(!out.contains(e), "{lang}: English {e:?} left in:\n{out}");
    }
    for id in ["today-", "plan-", "support-", "reminder-", "need-step-", "milestone-"] {
        assert!(!out.contains(id), "{lang}: identifier {id}… shows in:\n{out}");
    }
}

#[test]
fn today_in_spanish() {
    let (_dir, db) = demo();
    let out = tend(&db, &[], &["--lang", "es", "today"]);
    assert!(out.starts_with("Hoy, miércoles, 25 de noviembre de 2026"), "{out}");
    // The gap's next step is the core's message in Spanish.
    let step = Message::new(MessageId::NeedStepFinancial).render("es");
    assert!(out.contains(&step), "{out}");
    no_english_or_ids("es", &out);
}

#[test]
fn plan_in_german() {
    let (_dir, db) = demo();
    let out = tend(&db, &[], &["--lang", "de", "plan", "--days", "3"]);
    assert!(out.contains("Melde dich bei"), "{out}");
    assert!(out.contains("Tages-Check-in"), "{out}");
    no_english_or_ids("de", &out);
}

#[test]
fn a_discreet_notification_in_french_names_no_one() {
    let (_dir, db) = demo();
    tend(&db, &[], &["settings", "set", "discreet", "true"]);
    let out = tend(&db, &[], &["--lang", "fr", "plan", "--days", "2"]);
    let discreet = Message::new(MessageId::ReminderDiscreetTitle).render("fr");
    assert!(out.contains(&discreet), "{out}");
    assert!(
        out.contains(&Message::new(MessageId::ReminderDailyDiscreetTitle).render("fr")),
        "{out}"
    );
    for name in ["Sam", "Maya", "Jordan", "Alex"] {
        assert!(!out.contains(name), "a name in discreet mode: {out}");
    }
    no_english_or_ids("fr", &out);
}

#[test]
fn the_locale_is_used_without_the_option_and_an_unknown_one_speaks_english() {
    let (_dir, db) = demo();
    let pt = tend(&db, &[("LANG", "pt_BR.UTF-8")], &["today"]);
    assert!(pt.starts_with("Hoje, quarta, 25 de novembro de 2026"), "{pt}");
    no_english_or_ids("pt-BR", &pt);
    // TEND_LANG wins over the locale; --lang over both.
    let de = tend(&db, &[("LANG", "pt_BR.UTF-8"), ("TEND_LANG", "de")], &["today"]);
    assert!(de.starts_with("Heute, Mittwoch, 25. November 2026"), "{de}");
    let fr = tend(&db, &[("TEND_LANG", "de")], &["--lang", "fr", "today"]);
    assert!(fr.starts_with("Aujourd"), "{fr}");
    let ja = tend(&db, &[("LANG", "ja_JP.UTF-8")], &["today"]);
    assert!(ja.starts_with("Today, Wednesday 25 November 2026"), "{ja}");
}

#[test]
fn every_language_words_today_and_plan_completely() {
    let (_dir, db) = demo();
    for lang in SHIPPED_LANGUAGES {
        let out = format!(
            "{}{}",
            tend(&db, &[], &["--lang", lang, "today"]),
            tend(&db, &[], &["--lang", lang, "plan"])
        );
        if lang != "en" {
            no_english_or_ids(lang, &out);
        }
        assert!(!out.contains('{') && !out.contains('$'), "{lang}: {out}");
    }
}

#[test]
fn the_calendar_file_is_worded_in_the_language() {
    let (dir, db) = demo();
    let path = dir.path().join("t.ics");
    tend(&db, &[], &["settings", "set", "discreet", "true"]);
    tend(
        &db,
        &[],
        &["--lang", "de", "calendar", "export", path.to_str().unwrap()],
    );
    let ics = std::fs::read_to_string(&path).unwrap();
    let title = Message::new(MessageId::ReminderMeetingDiscreetTitle).render("de");
    assert!(ics.contains(&format!("SUMMARY:{title}")), "{ics}");
    assert!(!ics.contains("Upcoming event"), "{ics}");
}

/// Where a sentence may stand in the core's output: words the user typed (names, titles,
/// notes), places and addresses, and a partner text beside the `lines` it was worded from.
const USER_WORDS: &[&str] = &[
    "name",
    "title",
    "notes",
    "note",
    "focus",
    "address",
    "location",
    "group_name",
    "network_name",
];

/// Every string in `v` that reads like a sentence (four words or more, ending like one) and is
/// not the user's own words, a message's argument or text worded from lines beside it.
fn sentences(v: &serde_json::Value, key: &str, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => {
            let words = s.split_whitespace().count();
            let ends = s.trim_end().ends_with(['.', '?', '!', ':']);
            if words >= 4 && ends && !USER_WORDS.contains(&key) {
                out.push(format!("{key}: {s}"));
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| sentences(x, key, out)),
        serde_json::Value::Object(o) => {
            // A message: its arguments are names and numbers, its words are in the catalogs.
            if o.contains_key("id") && o.contains_key("args") {
                return;
            }
            let worded = o.contains_key("lines");
            for (k, x) in o {
                if worded && (k == "text" || k == "body") {
                    continue;
                }
                sentences(x, k, out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_cores_output_holds_no_sentence_outside_a_message() {
    let (_dir, db) = demo();
    let mut found = Vec::new();
    for args in [
        &["today"][..],
        &["plan"],
        &["sos"],
        &["milestones"],
        &["need", "coverage"],
        &["settings", "show"],
        &["partner", "list"],
        &["partner", "preview", "Sam"],
    ] {
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        let v: serde_json::Value = serde_json::from_str(&tend(&db, &[], &a)).unwrap();
        sentences(&v, "", &mut found);
    }
    assert!(found.is_empty(), "English prose in the core's output: {found:#?}");

    // The scan finds what it looks for: the next step as it was before it became a message.
    let mut planted = Vec::new();
    let old =
        serde_json::json!({"gaps": [{"next_step": "Find a sponsor or mentor, or join a group that meets weekly."}]});
    sentences(&old, "", &mut planted);
    assert_eq!(planted.len(), 1, "{planted:?}");
}

/// The commands a person runs day to day, on the demo store: reading, then writing a little.
const EVERYDAY: &[&[&str]] = &[
    &["network", "list"],
    &["person", "list"],
    &["person", "show", "Sam"],
    &["person", "show", "Rick"],
    &["need", "coverage"],
    &["checkin", "list"],
    &["goal", "list"],
    &["group", "list"],
    &["sos"],
    &["milestones"],
    &["reciprocity"],
    &["settings", "show"],
    &["partner", "list"],
    &["partner", "links"],
    &["partner", "inbox"],
    &["partner", "preview", "Sam"],
    &["meetings", "soon"],
    &["check"],
    &["partner", "consent", "Sam", "summary", "on"],
    &["partner", "consent", "Sam", "decline", "on", "--days", "4"],
    &["partner", "preview", "Sam"],
    &["checkin", "daily", "--mood", "4"],
    &["network", "add", "Health", "--since", "2026-11-01"],
    &["need", "set", "Health", "practical"],
    &["person", "add", "Zoe", "--role", "peer", "--cadence", "5"],
    &["person", "remove", "Zoe"],
];

/// English the CLI's own lines said in `EVERYDAY` (never in the demo's own words: names,
/// titles, notes); none may be left in another language.
const CLI_ENGLISH: &[&str] = &[
    ", since ",
    ", every ",
    "[emergency]",
    "[avoid]",
    "Emergency contact",
    "Gives:",
    "Keep in touch every",
    "Glad to hear from you",
    "Networks:",
    "Avoid: never suggested",
    "(essential)",
    "(helpful)",
    "nobody yet",
    "Next step:",
    "daily: mood",
    "craving",
    "contact: call with",
    "both ways",
    "gratitude: to",
    " this week (",
    "on track",
    "streak ",
    "score ",
    " for 90 min",
    "12-step group",
    "You are not alone",
    "Your people:",
    "Crisis lines:",
    ": call ",
    "since 11 October",
    "reached 30 days",
    "gave 0, received",
    "when Tend asks how you are",
    "You share nothing",
    "Nobody is linked",
    "Nothing from your partners",
    "Nothing is shared with",
    "No directory meeting starts",
    "The store reads back whole",
    "What Sam would get",
    "when it happens",
    "decline (after",
    "Logged daily check-in",
    "Added network",
    "needs: ",
    "Added Zoe",
    "Removed Zoe",
];

/// Every message of a CLI catalog, by id.
fn cli_ids(lang: &str) -> Vec<String> {
    let (_, src) = catalog_source(lang);
    catalog(src).unwrap().into_keys().collect()
}

fn catalog_source(lang: &str) -> (String, &'static str) {
    let src = match lang {
        "en" => include_str!("../l10n/en/cli.ftl"),
        "es" => include_str!("../l10n/es/cli.ftl"),
        "fr" => include_str!("../l10n/fr/cli.ftl"),
        "pt-BR" => include_str!("../l10n/pt-BR/cli.ftl"),
        "de" => include_str!("../l10n/de/cli.ftl"),
        other => panic!("no catalog for {other}"),
    };
    (lang.to_string(), src)
}

/// `EVERYDAY`'s human output, on a fresh demo store, in `lang`.
fn everyday(lang: &str) -> String {
    let (_dir, db) = demo();
    let mut out = String::new();
    for args in EVERYDAY {
        let mut a = vec!["--lang", lang];
        a.extend_from_slice(args);
        out.push_str(&format!("> tend {}\n{}", args.join(" "), tend(&db, &[], &a)));
    }
    out
}

#[test]
fn everyday_commands_speak_spanish_and_german_throughout() {
    // The list finds what it looks for: every phrase is in the English output.
    let english = everyday("en");
    for e in CLI_ENGLISH {
        assert!(
            english.contains(e),
            "{e:?} is not in the English output any more:\n{english}"
        );
    }
    let ids = cli_ids("en");
    for lang in ["es", "de"] {
        let out = everyday(lang);
        for e in CLI_ENGLISH {
            assert!(!out.contains(e), "{lang}: English {e:?} left in:\n{out}");
        }
        for id in &ids {
            assert!(!out.contains(id.as_str()), "{lang}: identifier {id} shows in:\n{out}");
        }
        assert!(
            !out.contains('{') && !out.contains('$'),
            "{lang}: a placeholder in:\n{out}"
        );
        no_english_or_ids(lang, &out);
    }
}

#[test]
fn a_count_is_worded_in_the_plural_the_language_needs() {
    let (_dir, db) = demo();
    tend(&db, &[], &["partner", "consent", "Sam", "decline", "on", "--days", "1"]);
    let one = tend(&db, &[], &["--lang", "es", "partner", "list"]);
    assert!(one.contains("(tras 1 día)"), "{one}");
    tend(&db, &[], &["partner", "consent", "Sam", "decline", "on", "--days", "3"]);
    let three = tend(&db, &[], &["--lang", "de", "partner", "list"]);
    assert!(three.contains("(nach 3 Tagen)"), "{three}");
    let people = tend(&db, &[], &["--lang", "fr", "person", "list"]);
    assert!(
        people.contains("Sam — parrain/marraine ou mentor, tous les 2 jours"),
        "{people}"
    );
}

/// A catalog's messages: the variables each uses, and the keys of each plural select in it.
#[derive(Debug, Default, PartialEq)]
struct Shape {
    args: std::collections::BTreeSet<String>,
    plurals: Vec<std::collections::BTreeSet<String>>,
}

/// Whether a select's keys are CLDR plural categories (not words like `day`, `week`, `sos`).
fn is_plural(keys: &std::collections::BTreeSet<String>) -> bool {
    const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    keys.iter().all(|k| CATEGORIES.contains(&k.as_str()))
}

fn walk_pattern(p: &fluent_syntax::ast::Pattern<&str>, shape: &mut Shape) {
    use fluent_syntax::ast::PatternElement;
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            walk_expression(expression, shape);
        }
    }
}

fn walk_expression(e: &fluent_syntax::ast::Expression<&str>, shape: &mut Shape) {
    use fluent_syntax::ast::{Expression, VariantKey};
    match e {
        Expression::Inline(i) => walk_inline(i, shape),
        Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            let keys = variants
                .iter()
                .map(|v| match &v.key {
                    VariantKey::Identifier { name } => name.to_string(),
                    VariantKey::NumberLiteral { value } => value.to_string(),
                })
                .collect();
            if is_plural(&keys) {
                shape.plurals.push(keys);
            }
            for v in variants {
                walk_pattern(&v.value, shape);
            }
        }
    }
}

fn walk_inline(i: &fluent_syntax::ast::InlineExpression<&str>, shape: &mut Shape) {
    use fluent_syntax::ast::InlineExpression;
    match i {
        InlineExpression::VariableReference { id } => {
            shape.args.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, shape);
            }
        }
        _ => {}
    }
}

/// A catalog's messages by id, or why it does not parse.
fn catalog(src: &str) -> Result<std::collections::BTreeMap<String, Shape>, String> {
    use fluent_syntax::ast::Entry;
    let res = fluent_syntax::parser::parse(src).map_err(|(_, errors)| format!("{errors:?}"))?;
    let mut out = std::collections::BTreeMap::new();
    for entry in &res.body {
        match entry {
            Entry::Message(m) => {
                let mut shape = Shape::default();
                match &m.value {
                    Some(p) => walk_pattern(p, &mut shape),
                    None => return Err(format!("{} has no value", m.id.name)),
                }
                if out.insert(m.id.name.to_string(), shape).is_some() {
                    return Err(format!("{} twice", m.id.name));
                }
            }
            Entry::Junk { content } => return Err(format!("junk: {content}")),
            _ => {}
        }
    }
    Ok(out)
}

/// The plural categories a language's counts fall into (CLDR), as Tend's catalogs spell them.
fn plural_categories(lang: &str) -> &'static [&'static str] {
    match lang {
        "es" | "fr" | "pt-BR" => &["one", "many", "other"],
        _ => &["one", "other"],
    }
}

/// What is wrong with `lang`'s catalog `src` beside the English one: ids missing or extra,
/// arguments that differ, plural selects without the categories the language needs.
fn problems(lang: &str, src: &str) -> Vec<String> {
    let english = catalog(catalog_source("en").1).unwrap();
    let theirs = match catalog(src) {
        Ok(c) => c,
        Err(e) => return vec![format!("{lang}: does not parse: {e}")],
    };
    let mut out = Vec::new();
    for (id, shape) in &english {
        match theirs.get(id) {
            None => out.push(format!("{lang}: {id} is missing")),
            Some(t) if t.args != shape.args => {
                out.push(format!("{lang}: {id} uses {:?}, English {:?}", t.args, shape.args))
            }
            Some(_) => {}
        }
    }
    for (id, shape) in &theirs {
        if !english.contains_key(id) {
            out.push(format!("{lang}: {id} is not in English"));
        }
        for keys in &shape.plurals {
            for c in plural_categories(lang) {
                if !keys.contains(*c) {
                    out.push(format!("{lang}: {id} has no [{c}]"));
                }
            }
        }
    }
    out
}

#[test]
fn every_catalog_has_the_english_ids_with_the_same_arguments_and_its_plurals() {
    let mut found = Vec::new();
    for lang in SHIPPED_LANGUAGES {
        found.extend(problems(lang, catalog_source(lang).1));
    }
    assert!(found.is_empty(), "{found:#?}");

    // The check finds what it looks for: a Spanish catalog with one message taken out and an
    // argument misspelled in another fails it, and says where.
    let es = catalog_source("es").1;
    let planted = es
        .replace("reciprocity-none = No hay contactos anotados en ese tiempo.\n", "")
        .replace("con { $name }, { $direction }\n", "con { $nombre }, { $direction }\n");
    assert_ne!(planted, es);
    let found = problems("es", &planted);
    assert!(
        found.contains(&"es: reciprocity-none is missing".to_string()),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|p| p.starts_with("es: checkin-contact uses")),
        "{found:#?}"
    );
    assert_eq!(found.len(), 2, "{found:#?}");
    // And a plural without the category the language needs.
    let planted = es.replacen("        [many] { $days } días de retraso\n", "", 1);
    assert_eq!(problems("es", &planted), ["es: today-overdue has no [many]"]);
}

#[test]
fn every_word_of_the_closed_sets_is_in_the_catalog() {
    use tend_core::model::{
        Attendance, Channel, ContactKind, Direction, GroupKind, Importance, Role, ShareItem, ShareKind, SupportKind,
    };
    let ids = cli_ids("en");
    let mut wanted: Vec<String> = Vec::new();
    let mut set = |prefix: &str, codes: Vec<&str>| {
        wanted.extend(codes.iter().map(|c| format!("{prefix}-{}", c.replace('_', "-"))));
    };
    set("role", Role::ALL.iter().map(|x| x.as_str()).collect());
    set("support", SupportKind::ALL.iter().map(|x| x.as_str()).collect());
    set("importance", Importance::ALL.iter().map(|x| x.as_str()).collect());
    set("group-kind", GroupKind::ALL.iter().map(|x| x.as_str()).collect());
    set("channel", Channel::ALL.iter().map(|x| x.as_str()).collect());
    set("direction", Direction::ALL.iter().map(|x| x.as_str()).collect());
    set("contact-kind", ContactKind::ALL.iter().map(|x| x.as_str()).collect());
    set("share-item", ShareItem::ALL.iter().map(|x| x.as_str()).collect());
    set("share-kind", ShareKind::ALL.iter().map(|x| x.as_str()).collect());
    set("attendance", Attendance::ALL.iter().map(|x| x.as_str()).collect());
    set("weekday", vec!["sun", "mon", "tue", "wed", "thu", "fri", "sat"]);
    set("setting", tend_core::settings::KEYS.to_vec());
    let missing: Vec<&String> = wanted.iter().filter(|id| !ids.contains(id)).collect();
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn the_accented_pseudo_locale_lengthens_every_line_and_keeps_names() {
    let (_dir, db) = demo();
    let plain = tend(&db, &[], &["--lang", "en", "today"]);
    let long = tend(&db, &[], &["--lang", "en-XA", "today"]);
    assert!(long.chars().count() * 10 > plain.chars().count() * 12, "{long}");
    assert!(long.contains("Ţöðåý"), "{long}");
    // The user's words are not the catalog's: names stay as they are.
    assert!(long.contains("Jordan") && long.contains("Career change"), "{long}");
    assert!(!long.contains('{') && !long.contains('$'), "{long}");
}

#[test]
fn a_refusal_is_worded_in_the_language_and_stores_nothing() {
    let (_dir, db) = demo();
    let refuse = |lang: &str| {
        let (code, said) = refused(&db, &["--lang", lang, "partner", "consent", "Sam", "mood", "on"]);
        assert_eq!(code, Some(2), "{lang}");
        said
    };
    // Mood before the summary: the core's reason, in each language, after the CLI's own words.
    let why = |lang: &str| Message::new(MessageId::RefusalMoodNeedsSummary).render(lang);
    assert_eq!(refuse("en"), format!("tend: invalid item: {}\n", why("en")));
    assert_eq!(refuse("es"), format!("tend: item no válido: {}\n", why("es")));
    assert_eq!(refuse("de"), format!("tend: Ungültige Angabe (item): {}\n", why("de")));
    assert!(!refuse("fr").contains("share the summary"));
    // Refused, so nothing was shared.
    let list = tend(&db, &[], &["--json", "partner", "list"]);
    assert_eq!(list.trim(), "[]", "{list}");
}

#[test]
fn what_was_not_found_is_named_in_the_language() {
    let (_dir, db) = demo();
    let missing = |lang: &str| {
        let (code, said) = refused(&db, &["--lang", lang, "person", "remove", "Nobody"]);
        assert_eq!(code, Some(3), "{lang}");
        said
    };
    // The name the user typed is never in an error (it may be logged); the kind of record is, in
    // the language's own frame.
    assert_eq!(missing("en"), "tend: person with that name not found\n");
    assert_eq!(missing("de"), "tend: Nicht gefunden: Person mit diesem Namen\n");
    assert_eq!(missing("es"), "tend: No se encontró: persona con ese nombre\n");
    for lang in ["fr", "pt-BR"] {
        let out = missing(lang);
        assert!(
            !out.contains("Nobody") && !out.contains("not found") && !out.contains("person "),
            "{out}"
        );
    }
    // A record asked for by its number names the number.
    assert_eq!(
        refused(&db, &["--lang", "de", "person", "show", "999"]),
        (Some(3), "tend: Nicht gefunden: Person 999\n".to_string())
    );
}

/// Every kind of record the core or the CLI names in a "not found" or a clash, read from their
/// sources (`not_found("…")`, `conflict("…")`, `NotFound { what: "…" }`).
fn things_named_in_errors() -> std::collections::BTreeSet<String> {
    let mut found = std::collections::BTreeSet::new();
    let mut stack = vec![
        std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../tend-core/src")),
        std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
    ];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let src = std::fs::read_to_string(&path).unwrap();
            for opener in ["not_found(", "conflict(", "NotFound {"] {
                for (at, _) in src.match_indices(opener) {
                    let rest = src[at + opener.len()..].trim_start();
                    let rest = rest.strip_prefix("what:").map_or(rest, str::trim_start);
                    if let Some(lit) = rest.strip_prefix('"') {
                        found.insert(lit[..lit.find('"').unwrap()].to_string());
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_kind_of_record_an_error_names_has_its_word() {
    let things = things_named_in_errors();
    // The scan finds what it looks for.
    for known in ["person", "meeting source", "database file", "idempotency key"] {
        assert!(things.contains(known), "{known} not found in the sources: {things:?}");
    }
    // English holds every one; the catalog test keeps the other languages in step with it.
    let ids = cli_ids("en");
    let missing: Vec<&String> = things
        .iter()
        .filter(|t| !ids.contains(&format!("thing-{}", t.to_lowercase().replace(' ', "-"))))
        .collect();
    assert!(missing.is_empty(), "no thing-* line for {missing:?}");
}

#[test]
fn why_a_contact_card_was_skipped_is_worded_in_the_language() {
    let (dir, db) = demo();
    let file = dir.path().join("cards.vcf");
    let cards =
        "BEGIN:VCARD\nVERSION:4.0\nFN:Ana Ruiz\nTEL:12\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nTEL:123456\nEND:VCARD\n";
    std::fs::write(&file, cards).unwrap();
    let path = file.to_str().unwrap();
    let de = tend(
        &db,
        &[],
        &["--lang", "de", "contacts", "import", path, "--network", "Recovery"],
    );
    let said = |id: MessageId| Message::new(id).render("de");
    assert!(de.contains(&said(MessageId::SkipCardNoName)), "{de}");
    assert!(de.contains(&said(MessageId::SkipCardPhone)), "{de}");
    assert!(!de.contains("no name") && !de.contains("digits"), "{de}");
    // The JSON carries the message, for a shell to word.
    let json = tend(
        &db,
        &[],
        &["--json", "contacts", "import", path, "--network", "Recovery"],
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["skipped"][0]["reason"]["id"], "skip-card-no-name", "{json}");
}
