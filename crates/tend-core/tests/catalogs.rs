//! Every message the core can produce is worded in every shipped language, in all three
//! catalogs — the Fluent files (CLI, and what the core writes down), Android's `messages.xml`
//! and iOS's `Messages.xcstrings` — with the same arguments and every plural form CLDR
//! requires; and each renders with no argument missing. The catalogs are read as files, and the
//! message list comes from `MessageId::ALL`, not from a hand list. Each check is also run once on
//! a planted defect to show it fails. The screens' own Android strings are checked the same way
//! across languages.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use fluent_syntax::ast;
use icu_plurals::{PluralCategory, PluralRuleType, PluralRules};
use tend_core::messages::{
    ArgKind, Catalog, FLUENT_SOURCES, Message, MessageId, SHIPPED_LANGUAGES, pseudo_accented, shipped_language,
};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn android_dir(lang: &str) -> &'static str {
    match lang {
        "en" => "values",
        "es" => "values-es",
        "fr" => "values-fr",
        "pt-BR" => "values-pt-rBR",
        "de" => "values-de",
        other => panic!("no Android folder for {other}"),
    }
}

/// The CLDR plural categories whole numbers fall into in `lang`, from ICU4X's CLDR data (the
/// rules Android's and Apple's current ICU follow): every integer up to 1000, and the large
/// round ones where French, Spanish and Portuguese use "many".
fn required_categories(lang: &str) -> BTreeSet<&'static str> {
    let locale: icu_locale_core::Locale = lang.parse().unwrap();
    let rules = PluralRules::try_new(locale.into(), PluralRuleType::Cardinal.into()).unwrap();
    let samples = (0..=1000u64).chain([1_000_000, 2_000_000, 1_000_000_000]);
    samples
        .map(|n| match rules.category_for(n) {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        })
        .collect()
}

fn params(id: MessageId) -> BTreeSet<String> {
    id.params().iter().map(|p| p.name.to_owned()).collect()
}

fn sample(id: MessageId) -> Message {
    let mut m = Message::new(id);
    for p in id.params() {
        m = match p.kind {
            ArgKind::Number => m.num(p.name, 3),
            ArgKind::Text => m.text(p.name, "Sam"),
            ArgKind::Names => m.names(p.name, vec!["Sam".into(), "Alex".into(), "Jo".into()]),
            ArgKind::Date => m.date(p.name, NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()),
            ArgKind::Time => m.time(p.name, 19 * 60 + 30),
        };
    }
    m
}

// ---- Fluent ----------------------------------------------------------------------------------

fn vars_in_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            vars_in_expr(expression, out);
        }
    }
}

fn vars_in_expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            vars_in_inline(selector, out);
            for v in variants {
                vars_in_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => vars_in_inline(i, out),
    }
}

fn vars_in_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => vars_in_expr(expression, out),
        _ => {}
    }
}

/// Everything wrong with one language's Fluent source, as lines naming the message.
fn fluent_problems(lang: &str, source: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let res = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, errors)) => {
            problems.push(format!("{lang}: {} syntax errors", errors.len()));
            r
        }
    };
    let required = required_categories(lang);
    let mut seen = BTreeSet::new();
    for entry in &res.body {
        let msg = match entry {
            ast::Entry::Message(m) => m,
            ast::Entry::Junk { content } => {
                problems.push(format!("{lang}: unreadable entry {content:?}"));
                continue;
            }
            _ => continue,
        };
        let key = msg.id.name;
        let Some(id) = MessageId::ALL.iter().copied().find(|i| i.key() == key) else {
            problems.push(format!("{lang}: {key} is not a message the core produces"));
            continue;
        };
        seen.insert(key);
        let Some(value) = &msg.value else {
            problems.push(format!("{lang}: {key} has no value"));
            continue;
        };
        let mut vars = BTreeSet::new();
        vars_in_pattern(value, &mut vars);
        if vars != params(id) {
            problems.push(format!("{lang}: {key} uses {vars:?}, the core gives {:?}", params(id)));
        }
        if let Some(p) = id.plural_on() {
            let select = value.elements.iter().find_map(|el| match el {
                ast::PatternElement::Placeable {
                    expression: ast::Expression::Select { selector, variants },
                } => Some((selector, variants)),
                _ => None,
            });
            match select {
                Some((ast::InlineExpression::VariableReference { id: sel }, variants)) if sel.name == p => {
                    let have: BTreeSet<&str> = variants
                        .iter()
                        .filter_map(|v| match &v.key {
                            ast::VariantKey::Identifier { name } => Some(*name),
                            ast::VariantKey::NumberLiteral { .. } => None,
                        })
                        .collect();
                    let missing: Vec<_> = required.iter().filter(|c| !have.contains(*c)).collect();
                    if !missing.is_empty() {
                        problems.push(format!("{lang}: {key} lacks the plural forms {missing:?}"));
                    }
                }
                _ => problems.push(format!("{lang}: {key} does not vary by ${p}")),
            }
        }
    }
    for id in MessageId::ALL {
        if !seen.contains(id.key()) {
            problems.push(format!("{lang}: {} is missing", id.key()));
        }
    }
    problems
}

#[test]
fn every_message_is_in_every_fluent_catalog_with_its_arguments_and_plural_forms() {
    assert_eq!(FLUENT_SOURCES.map(|(l, _)| l), SHIPPED_LANGUAGES);
    let problems: Vec<String> = FLUENT_SOURCES.iter().flat_map(|(l, s)| fluent_problems(l, s)).collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_planted_missing_key_or_misspelled_argument_fails_the_fluent_check() {
    let en = FLUENT_SOURCES[0].1;
    let without = en.replace("reminder-daily-title = Daily check-in\n", "");
    let problems = fluent_problems("en", &without);
    assert!(
        problems.iter().any(|p| p.contains("reminder-daily-title is missing")),
        "{problems:?}"
    );

    let misspelled = en.replace("Reach out to { $name }", "Reach out to { $nmae }");
    let problems = fluent_problems("en", &misspelled);
    assert!(
        problems.iter().any(|p| p.contains("reminder-keep-in-touch-title uses")),
        "{problems:?}"
    );
    // And rendering it leaves the argument out: the renderer refuses rather than print `{$nmae}`.
    let planted = Catalog::parse("en", &misspelled);
    assert_eq!(planted.try_render(&sample(MessageId::ReminderKeepInTouchTitle)), None);

    let extra = format!("{en}\nnot-a-core-message = Hello\n");
    assert!(
        fluent_problems("en", &extra)
            .iter()
            .any(|p| p.contains("not a message the core produces"))
    );

    let no_one = FLUENT_SOURCES[1].1.replace("[one]", "[uno]");
    assert!(
        fluent_problems("es", &no_one)
            .iter()
            .any(|p| p.contains("lacks the plural forms"))
    );
}

#[test]
fn every_message_renders_in_every_language_with_nothing_left_over() {
    for lang in SHIPPED_LANGUAGES {
        let catalog = Catalog::for_locale(lang);
        assert_eq!(catalog.lang(), lang);
        for id in MessageId::ALL {
            let m = sample(*id);
            assert!(m.is_well_formed(), "{}", id.key());
            let text = catalog
                .try_render(&m)
                .unwrap_or_else(|| panic!("{lang}: {} does not render", id.key()));
            assert!(!text.trim().is_empty(), "{lang}: {} is empty", id.key());
            for leftover in ["{", "}", "$", id.key()] {
                assert!(
                    !text.contains(leftover),
                    "{lang}: {} left {leftover:?} in {text:?}",
                    id.key()
                );
            }
        }
    }
}

#[test]
fn the_pseudo_locales_lengthen_and_mirror_every_message_but_not_its_arguments() {
    let en = Catalog::for_locale("en");
    let (xa, xb) = (Catalog::for_locale("en-XA"), Catalog::for_locale("ar_XB"));
    assert_eq!((xa.lang(), xb.lang()), ("en-XA", "ar-XB"));
    // Messages that are only their arguments have no words of their own to transform.
    let own_words = |i: &&MessageId| !matches!(i, MessageId::Verbatim | MessageId::ReminderKeepInTouchManyBody);
    for id in MessageId::ALL.iter().filter(own_words) {
        let m = sample(*id);
        let (plain, long, rtl) = (en.render(&m), xa.render(&m), xb.render(&m));
        for text in [&long, &rtl] {
            assert!(!text.contains('{') && !text.contains('$'), "{}: {text}", id.key());
        }
        // Its own words at least 40 % longer (the arguments stay as they are).
        let args: usize = id
            .params()
            .iter()
            .map(|p| match p.kind {
                ArgKind::Number => 1,
                ArgKind::Text => "Sam".len(),
                ArgKind::Names => "Sam, Alex and Jo".len(),
                ArgKind::Date => "6 December 2026".len(),
                ArgKind::Time => "19:30".len(),
            })
            .sum();
        let own = plain.chars().count() - args;
        assert!(
            (long.chars().count() - plain.chars().count()) * 5 >= own * 2,
            "{}: {long}",
            id.key()
        );
        assert!(rtl.contains('\u{202E}'), "{}: {rtl}", id.key());
        // The arguments are the user's words: as they are, in both.
        if id.params().iter().any(|p| p.kind == ArgKind::Text) {
            assert!(
                long.contains("Sam") && rtl.contains("Sam"),
                "{}: {long} / {rtl}",
                id.key()
            );
        }
    }
    assert_eq!(pseudo_accented("Daily check-in"), "[Ðåîļý çĥéçķ-îñ one tw]");
}

/// Messages whose words are the same in every language: only their arguments, or a notation.
const SAME_EVERYWHERE: &[MessageId] = &[MessageId::Verbatim, MessageId::CrisisHoursAlways];

#[test]
fn a_translation_identical_to_the_english_is_flagged_unless_listed() {
    let en = Catalog::for_locale("en");
    let mut same = Vec::new();
    for lang in &SHIPPED_LANGUAGES[1..] {
        let c = Catalog::for_locale(lang);
        // A list of names differs only in its "and", which one-name samples would not show.
        for id in MessageId::ALL.iter().filter(|i| !SAME_EVERYWHERE.contains(i)) {
            let m = sample(*id);
            if c.render(&m) == en.render(&m) {
                same.push(format!("{lang}: {}", id.key()));
            }
        }
    }
    assert!(same.is_empty(), "untranslated: {same:#?}");
    // The listed ones really are the same (otherwise the list is stale).
    for id in SAME_EVERYWHERE {
        assert_eq!(
            Catalog::for_locale("de").render(&sample(*id)),
            en.render(&sample(*id)),
            "{}",
            id.key()
        );
    }
}

#[test]
fn plural_categories_come_from_cldr() {
    assert_eq!(required_categories("de"), BTreeSet::from(["one", "other"]));
    assert!(
        required_categories("fr").contains("many"),
        "{:?}",
        required_categories("fr")
    );
    assert!(required_categories("pt-BR").contains("one"));
}

#[test]
fn plural_forms_follow_each_language() {
    let m = |days| Message::new(MessageId::ReminderKeepInTouchDays).num("days", days);
    assert_eq!(m(1).render("en"), "It has been 1 day since you were last in touch.");
    assert_eq!(m(3).render("en"), "It has been 3 days since you were last in touch.");
    // French puts 0 with 1; English does not.
    let fr0 = Message::new(MessageId::MilestoneDays).num("days", 0).render("fr");
    let fr1 = Message::new(MessageId::MilestoneDays).num("days", 1).render("fr");
    let fr2 = Message::new(MessageId::MilestoneDays).num("days", 2).render("fr");
    assert_eq!(fr0.replace('0', "1"), fr1);
    assert_ne!(fr2.replace('2', "1"), fr1);
    assert_ne!(
        Message::new(MessageId::MilestoneDays)
            .num("days", 0)
            .render("en")
            .replace('0', "1"),
        Message::new(MessageId::MilestoneDays).num("days", 1).render("en")
    );
}

#[test]
fn dates_and_lists_are_written_the_languages_way() {
    let m = Message::new(MessageId::ReminderMilestoneYearsBody)
        .text("network", "Recovery")
        .num("years", 2)
        .date("since", NaiveDate::from_ymd_opt(2024, 3, 5).unwrap());
    assert!(m.render("es").contains("5 de marzo de 2024"), "{}", m.render("es"));
    assert!(m.render("de").contains("5. März 2024"), "{}", m.render("de"));
    assert!(m.render("fr").contains("5 mars 2024"), "{}", m.render("fr"));
    let names = Message::new(MessageId::ReminderKeepInTouchManyBody)
        .names("names", vec!["Sam".into(), "Alex".into(), "Jo".into()]);
    assert_eq!(names.render("en"), "Sam, Alex and Jo");
    assert_eq!(names.render("pt-BR"), "Sam, Alex e Jo");
    assert_eq!(names.render("de"), "Sam, Alex und Jo");
    // An unshipped language speaks English; a regional one its language.
    assert_eq!(shipped_language("ja-JP"), "en");
    assert_eq!(Catalog::for_locale("es-MX").lang(), "es");
}

// ---- Android ---------------------------------------------------------------------------------

/// `(argument name, number, conversion)` of each placeholder in one Android string, read from
/// its `<xliff:g id=…>%N$x</xliff:g>` wrappers; bare placeholders are reported with name "?".
fn android_placeholders(node: roxmltree::Node) -> Vec<(String, usize, char)> {
    let mut out = Vec::new();
    for d in node.descendants() {
        let Some(text) = d.text() else { continue };
        if !d.is_text() {
            continue;
        }
        let name = d
            .parent()
            .filter(|p| p.has_tag_name("g"))
            .and_then(|p| p.attribute("id"))
            .unwrap_or("?");
        let mut rest = text;
        while let Some(i) = rest.find('%') {
            rest = &rest[i + 1..];
            if let Some(stripped) = rest.strip_prefix('%') {
                rest = stripped;
                continue;
            }
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            let after = &rest[digits.len()..];
            if let (Ok(n), Some(conv)) = (digits.parse(), after.strip_prefix('$').and_then(|a| a.chars().next())) {
                out.push((name.to_owned(), n, conv));
            } else {
                out.push(("?".into(), 0, '?'));
            }
        }
    }
    out
}

fn android_message_problems(lang: &str, xml: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let doc = match roxmltree::Document::parse(xml) {
        Ok(d) => d,
        Err(e) => return vec![format!("{lang}: {e}")],
    };
    let required = required_categories(lang);
    let by_name: BTreeMap<String, MessageId> = MessageId::ALL
        .iter()
        .map(|i| (format!("msg_{}", i.key().replace('-', "_")), *i))
        .collect();
    let mut seen = BTreeSet::new();
    for el in doc.root_element().children().filter(|n| n.is_element()) {
        let name = el.attribute("name").unwrap_or("");
        let Some(&id) = by_name.get(name) else {
            problems.push(format!("{lang}: {name} is not a message the core produces"));
            continue;
        };
        seen.insert(name.to_owned());
        let check = |node: roxmltree::Node, problems: &mut Vec<String>| {
            let got = android_placeholders(node);
            let names: BTreeSet<String> = got.iter().map(|(n, _, _)| n.clone()).collect();
            if names != params(id) {
                problems.push(format!(
                    "{lang}: {name} uses {names:?}, the core gives {:?}",
                    params(id)
                ));
            }
            for (arg, n, conv) in got {
                let pos = id.params().iter().position(|p| p.name == arg).map(|i| i + 1);
                let want = if id.plural_on() == Some(arg.as_str()) { 'd' } else { 's' };
                if pos != Some(n) || conv != want {
                    problems.push(format!(
                        "{lang}: {name}: {arg} is %{n}${conv}, expected %{pos:?}${want}"
                    ));
                }
            }
        };
        match (el.tag_name().name(), id.plural_on()) {
            ("string", None) => check(el, &mut problems),
            ("plurals", Some(_)) => {
                let items: Vec<_> = el.children().filter(|n| n.has_tag_name("item")).collect();
                let have: BTreeSet<&str> = items.iter().filter_map(|i| i.attribute("quantity")).collect();
                let missing: Vec<_> = required.iter().filter(|c| !have.contains(*c)).collect();
                if !missing.is_empty() {
                    problems.push(format!("{lang}: {name} lacks the plural forms {missing:?}"));
                }
                for i in items {
                    check(i, &mut problems);
                }
            }
            (tag, _) => problems.push(format!("{lang}: {name} is a <{tag}>, not what its message needs")),
        }
    }
    for name in by_name.keys().filter(|n| !seen.contains(*n)) {
        problems.push(format!("{lang}: {name} is missing"));
    }
    problems
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn android_messages(lang: &str) -> String {
    read(
        &root()
            .join("android/app/src/main/res")
            .join(android_dir(lang))
            .join("messages.xml"),
    )
}

#[test]
fn every_message_is_in_every_android_catalog_with_its_arguments_and_plural_forms() {
    let problems: Vec<String> = SHIPPED_LANGUAGES
        .iter()
        .flat_map(|l| android_message_problems(l, &android_messages(l)))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_planted_missing_key_or_misspelled_argument_fails_the_android_check() {
    let en = android_messages("en");
    let start = en.find("    <string name=\"msg_reminder_daily_title\"").unwrap();
    let end = start + en[start..].find('\n').unwrap() + 1;
    let without = format!("{}{}", &en[..start], &en[end..]);
    let p = android_message_problems("en", &without);
    assert!(
        p.iter().any(|x| x.contains("msg_reminder_daily_title is missing")),
        "{p:?}"
    );
    let misspelled = en.replacen("<xliff:g id=\"name\">", "<xliff:g id=\"nmae\">", 1);
    let p = android_message_problems("en", &misspelled);
    assert!(p.iter().any(|x| x.contains("uses")), "{p:?}");
    let renumbered = en.replacen(">%1$s</xliff:g> in", ">%2$s</xliff:g> in", 1);
    assert!(!android_message_problems("en", &renumbered).is_empty());
}

/// Name → (kind, placeholder multiset, plural quantities) of the screens' own strings.
fn android_screen_strings(lang: &str) -> BTreeMap<String, (String, Vec<String>, BTreeSet<String>)> {
    let xml = read(
        &root()
            .join("android/app/src/main/res")
            .join(android_dir(lang))
            .join("strings.xml"),
    );
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{lang}: {e}"));
    let mut out = BTreeMap::new();
    for el in doc.root_element().children().filter(|n| n.is_element()) {
        let name = el.attribute("name").unwrap_or("").to_owned();
        let (holders, quantities) = if el.has_tag_name("plurals") {
            let items: Vec<_> = el.children().filter(|n| n.has_tag_name("item")).collect();
            // The placeholders of the "other" form (a "one" form may spell the number out).
            let other = items.iter().find(|i| i.attribute("quantity") == Some("other"));
            let holders = other.map(|o| android_placeholders(*o)).unwrap_or_default();
            (
                holders,
                items
                    .iter()
                    .filter_map(|i| i.attribute("quantity").map(str::to_owned))
                    .collect(),
            )
        } else {
            (android_placeholders(el), BTreeSet::new())
        };
        let mut holders: Vec<String> = holders.into_iter().map(|(_, n, c)| format!("%{n}${c}")).collect();
        holders.sort();
        out.insert(name, (el.tag_name().name().to_owned(), holders, quantities));
    }
    out
}

#[test]
fn the_android_screens_are_complete_in_every_language() {
    let en = android_screen_strings("en");
    let mut problems = Vec::new();
    for lang in &SHIPPED_LANGUAGES[1..] {
        let tr = android_screen_strings(lang);
        let required = required_categories(lang);
        for (name, (kind, holders, _)) in &en {
            match tr.get(name) {
                None => problems.push(format!("{lang}: {name} is missing")),
                Some((k, h, q)) => {
                    if k != kind || h != holders {
                        problems.push(format!("{lang}: {name}: {k} {h:?}, English has {kind} {holders:?}"));
                    }
                    if kind == "plurals" {
                        let missing: Vec<_> = required.iter().filter(|c| !q.contains(**c)).collect();
                        if !missing.is_empty() {
                            problems.push(format!("{lang}: {name} lacks the plural forms {missing:?}"));
                        }
                    }
                }
            }
        }
        for name in tr.keys().filter(|n| !en.contains_key(*n)) {
            problems.push(format!("{lang}: {name} is not in the English strings"));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

// ---- iOS -------------------------------------------------------------------------------------

/// The `%N$@` numbers and `%arg`/`%#@x@` uses in one String Catalog value.
fn ios_specifiers(value: &str) -> (BTreeSet<usize>, bool) {
    let mut nums = BTreeSet::new();
    let mut rest = value;
    while let Some(i) = rest.find('%') {
        rest = &rest[i + 1..];
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() && rest[digits.len()..].starts_with("$@") {
            nums.insert(digits.parse().unwrap_or(0));
        }
    }
    (nums, value.contains("%arg"))
}

fn ios_problems(json: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let v: serde_json::Value = match serde_json::from_str(json) {
        Ok(v) => v,
        Err(e) => return vec![format!("Messages.xcstrings: {e}")],
    };
    let strings = v["strings"].as_object().cloned().unwrap_or_default();
    for key in strings.keys() {
        if !MessageId::ALL.iter().any(|i| i.key() == key) {
            problems.push(format!("{key} is not a message the core produces"));
        }
    }
    for id in MessageId::ALL {
        let key = id.key();
        let Some(entry) = strings.get(key) else {
            problems.push(format!("{key} is missing"));
            continue;
        };
        let positions = |skip: Option<&str>| -> BTreeSet<usize> {
            id.params()
                .iter()
                .enumerate()
                .filter(|(_, p)| Some(p.name) != skip)
                .map(|(i, _)| i + 1)
                .collect()
        };
        for lang in SHIPPED_LANGUAGES {
            let loc = &entry["localizations"][lang];
            let Some(value) = loc["stringUnit"]["value"].as_str() else {
                problems.push(format!("{lang}: {key} has no translation"));
                continue;
            };
            match id.plural_on() {
                None => {
                    let (nums, _) = ios_specifiers(value);
                    if nums != positions(None) {
                        problems.push(format!(
                            "{lang}: {key} numbers {nums:?}, the core gives {:?}",
                            positions(None)
                        ));
                    }
                }
                Some(p) => {
                    let sub = &loc["substitutions"][p];
                    let want_num = id.params().iter().position(|x| x.name == p).map(|i| i + 1);
                    if value != format!("%#@{p}@") || sub["argNum"].as_u64().map(|n| n as usize) != want_num {
                        problems.push(format!("{lang}: {key} does not vary by its argument {p}"));
                    }
                    if sub["formatSpecifier"] != "lld" {
                        problems.push(format!("{lang}: {key}: {p} is not an integer"));
                    }
                    let forms = sub["variations"]["plural"].as_object().cloned().unwrap_or_default();
                    for c in required_categories(lang) {
                        match forms.get(c).and_then(|f| f["stringUnit"]["value"].as_str()) {
                            None => problems.push(format!("{lang}: {key} lacks the plural form {c}")),
                            Some(text) => {
                                let (nums, has_count) = ios_specifiers(text);
                                if nums != positions(Some(p)) || !has_count {
                                    problems.push(format!("{lang}: {key} [{c}] uses {nums:?}"));
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    problems
}

fn xcstrings() -> String {
    read(&root().join("ios/App/Messages.xcstrings"))
}

#[test]
fn every_message_is_in_the_string_catalog_in_every_language() {
    let problems = ios_problems(&xcstrings());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_planted_missing_key_or_wrong_argument_fails_the_string_catalog_check() {
    let mut v: serde_json::Value = serde_json::from_str(&xcstrings()).unwrap();
    v["strings"].as_object_mut().unwrap().remove("reminder-daily-title");
    let p = ios_problems(&v.to_string());
    assert!(p.iter().any(|x| x == "reminder-daily-title is missing"), "{p:?}");

    let mut v: serde_json::Value = serde_json::from_str(&xcstrings()).unwrap();
    v["strings"]["reminder-keep-in-touch-title"]["localizations"]["fr"]["stringUnit"]["value"] = "Contacte %2$@".into();
    let p = ios_problems(&v.to_string());
    assert!(
        p.iter()
            .any(|x| x.starts_with("fr: reminder-keep-in-touch-title numbers")),
        "{p:?}"
    );
}

#[test]
fn the_phones_catalogs_are_written_from_the_fluent_files() {
    let out = std::process::Command::new("python3")
        .arg(root().join("scripts/l10n-export.py"))
        .arg("--check")
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
