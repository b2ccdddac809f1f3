//! The CLI's words in the user's language: the core's messages from the core's Fluent catalogs,
//! and the CLI's own lines (headings, hints) from `crates/tend-cli/l10n/<lang>/cli.ftl`. The
//! language is `--lang`, else `TEND_LANG`, else the environment's locale (`LC_ALL`,
//! `LC_MESSAGES`, `LANG`); a language Tend does not ship falls back to English.

use chrono::NaiveDate;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use tend_core::messages::{Catalog, Message, pseudo_accented, pseudo_rtl, shipped_language};
use unic_langid::LanguageIdentifier;

/// The CLI's own catalogs, in the order of [`tend_core::messages::SHIPPED_LANGUAGES`].
pub const CLI_SOURCES: [(&str, &str); 5] = [
    ("en", include_str!("../l10n/en/cli.ftl")),
    ("es", include_str!("../l10n/es/cli.ftl")),
    ("fr", include_str!("../l10n/fr/cli.ftl")),
    ("pt-BR", include_str!("../l10n/pt-BR/cli.ftl")),
    ("de", include_str!("../l10n/de/cli.ftl")),
];

/// The locale to speak: the option, else the environment's.
pub fn locale_from_env(option: Option<&str>) -> String {
    option
        .map(str::to_owned)
        .or_else(|| {
            ["TEND_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|k| std::env::var(k).ok())
                .find(|v| !v.is_empty())
        })
        .unwrap_or_else(|| "en".to_owned())
}

fn bundle(lang: &str, source: &str) -> FluentBundle<FluentResource> {
    let res = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(res, _)| res);
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut b = FluentBundle::new(vec![id]);
    b.set_use_isolating(false);
    let _ = b.add_resource(res);
    b
}

/// Everything the CLI says, in one language.
pub struct Words {
    core: &'static Catalog,
    cli: FluentBundle<FluentResource>,
    english: FluentBundle<FluentResource>,
}

impl Words {
    pub fn new(locale: &str) -> Words {
        let lang = shipped_language(locale);
        let source = CLI_SOURCES.iter().find(|(l, _)| *l == lang).unwrap_or(&CLI_SOURCES[0]);
        // A pseudo-locale (en-XA, ar-XB) transforms the English, the core's messages and ours.
        let core = Catalog::for_locale(locale);
        let mut cli = bundle(source.0, source.1);
        match core.lang() {
            "en-XA" => cli.set_transform(Some(pseudo_accented)),
            "ar-XB" => cli.set_transform(Some(pseudo_rtl)),
            _ => {}
        }
        Words {
            core,
            cli,
            english: bundle("en", CLI_SOURCES[0].1),
        }
    }

    /// The shipped language spoken ("pt-BR"), or the pseudo-locale.
    pub fn lang(&self) -> &'static str {
        self.core.lang()
    }

    /// A core message.
    pub fn msg(&self, m: &Message) -> String {
        self.core.render(m)
    }

    /// A date the way this language writes it in a sentence.
    pub fn date(&self, d: NaiveDate) -> String {
        // Worded through the core's catalog, so a date reads the same in the CLI's lines as
        // in the core's messages.
        self.core.date(d)
    }

    /// A date with its weekday, as a heading.
    pub fn day(&self, d: NaiveDate) -> String {
        self.core.day(d)
    }

    /// One of the CLI's own lines; in English when this language lacks it, its id as a last
    /// resort (the CLI's tests fail on any id left in the output).
    pub fn t(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        for b in [&self.cli, &self.english] {
            if let Some(p) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let s = b.format_pattern(p, Some(&fa), &mut errors);
                if errors.is_empty() {
                    return s.into_owned();
                }
            }
        }
        id.to_owned()
    }

    /// The name of a kind of record the core names in an error ("person", "meeting source"):
    /// its `thing-*` line, or the core's own word when the catalogs have none.
    pub fn thing(&self, what: &str) -> String {
        let id = format!("thing-{}", what.to_lowercase().replace(' ', "-"));
        match self.t(&id, &[]) {
            worded if worded != id => worded,
            _ => what.to_owned(),
        }
    }
}

/// A number argument.
pub fn n(v: impl Into<i64>) -> FluentValue<'static> {
    FluentValue::from(v.into())
}

/// A text argument.
pub fn s(v: impl Into<String>) -> FluentValue<'static> {
    FluentValue::from(v.into())
}
