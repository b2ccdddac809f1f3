//! Words a message in one shipped language from the Fluent catalogs in `crates/tend-core/l10n/`
//! (built into the library): for the CLI, and for the texts the core itself writes down (the
//! calendar file). Dates are written with the language's month names; times as 24-hour
//! "HH:MM"; lists joined the language's way. A message or argument a catalog lacks never
//! fails a read: it falls back to English, then to the identifier (the catalog tests keep
//! both from happening).

use std::borrow::Cow;
use std::sync::OnceLock;

use chrono::NaiveDate;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::{ArgValue, Message, SHIPPED_LANGUAGES, shipped_language};
use crate::time::fmt_hhmm;

/// The Fluent source of each shipped language, in [`SHIPPED_LANGUAGES`]' order.
pub const SOURCES: [(&str, &str); 5] = [
    ("en", include_str!("../../l10n/en/tend.ftl")),
    ("es", include_str!("../../l10n/es/tend.ftl")),
    ("fr", include_str!("../../l10n/fr/tend.ftl")),
    ("pt-BR", include_str!("../../l10n/pt-BR/tend.ftl")),
    ("de", include_str!("../../l10n/de/tend.ftl")),
];

/// How a language writes a date and joins a list ("Sam, Alex and Jo").
struct Style {
    date: &'static str,
    day: &'static str,
    locale: chrono::Locale,
    and: &'static str,
}

fn style(lang: &str) -> Style {
    match lang {
        "es" => Style {
            date: "%-d de %B de %Y",
            day: "%A, %-d de %B de %Y",
            locale: chrono::Locale::es_ES,
            and: " y ",
        },
        "fr" => Style {
            date: "%-d %B %Y",
            day: "%A %-d %B %Y",
            locale: chrono::Locale::fr_FR,
            and: " et ",
        },
        "pt-BR" => Style {
            date: "%-d de %B de %Y",
            day: "%A, %-d de %B de %Y",
            locale: chrono::Locale::pt_BR,
            and: " e ",
        },
        "de" => Style {
            date: "%-d. %B %Y",
            day: "%A, %-d. %B %Y",
            locale: chrono::Locale::de_DE,
            and: " und ",
        },
        _ => Style {
            date: "%-d %B %Y",
            day: "%A %-d %B %Y",
            locale: chrono::Locale::en_GB,
            and: " and ",
        },
    }
}

/// One language's catalog, parsed once per process.
pub struct Catalog {
    lang: &'static str,
    bundle: FluentBundle<FluentResource>,
}

/// Locales for testing layouts, as Android names its own: `en-XA` is the English accented and
/// 40 % longer (where does text get cut off?), `ar-XB` the English forced right to left (does
/// the layout mirror?). Arguments (names, numbers) are left as they are.
pub const PSEUDO_LOCALES: [&str; 2] = ["en-XA", "ar-XB"];

/// Padding words for `en-XA`, as Android's pseudo-locale adds them.
const PAD: &str = "one two three four five six seven eight nine ten eleven twelve thirteen";

/// `en-XA`: every ASCII letter accented, wrapped in brackets, 40 % longer.
pub fn pseudo_accented(s: &str) -> Cow<'static, str> {
    if s.trim().is_empty() {
        return Cow::Owned(s.to_owned());
    }
    let accent = |c: char| match c {
        'a' => 'å',
        'b' => 'ƀ',
        'c' => 'ç',
        'd' => 'ð',
        'e' => 'é',
        'f' => 'ƒ',
        'g' => 'ĝ',
        'h' => 'ĥ',
        'i' => 'î',
        'j' => 'ĵ',
        'k' => 'ķ',
        'l' => 'ļ',
        'm' => 'ɱ',
        'n' => 'ñ',
        'o' => 'ö',
        'p' => 'þ',
        'q' => 'ǫ',
        'r' => 'ŕ',
        's' => 'š',
        't' => 'ţ',
        'u' => 'û',
        'v' => 'ṽ',
        'w' => 'ŵ',
        'x' => 'ẋ',
        'y' => 'ý',
        'z' => 'ž',
        'A' => 'Å',
        'B' => 'ß',
        'C' => 'Ç',
        'D' => 'Ð',
        'E' => 'É',
        'G' => 'Ĝ',
        'H' => 'Ĥ',
        'I' => 'Î',
        'J' => 'Ĵ',
        'K' => 'Ķ',
        'L' => 'Ļ',
        'N' => 'Ñ',
        'O' => 'Ö',
        'P' => 'Þ',
        'R' => 'Ŕ',
        'S' => 'Š',
        'T' => 'Ţ',
        'U' => 'Û',
        'W' => 'Ŵ',
        'Y' => 'Ý',
        'Z' => 'Ž',
        other => other,
    };
    let body: String = s.chars().map(accent).collect();
    let extra = (s.chars().count() * 2).div_ceil(5);
    let pad: String = PAD.chars().cycle().take(extra).collect();
    Cow::Owned(format!("[{body} {pad}]"))
}

/// `ar-XB`: the text forced right to left (a right-to-left mark and override around it).
pub fn pseudo_rtl(s: &str) -> Cow<'static, str> {
    if s.trim().is_empty() {
        return Cow::Owned(s.to_owned());
    }
    Cow::Owned(format!("\u{200F}\u{202E}{s}\u{202C}\u{200F}"))
}

impl Catalog {
    /// The catalog for a locale as the system writes it ("es-MX", "de_DE.UTF-8"): its shipped
    /// language, else English; or one of the [`PSEUDO_LOCALES`].
    pub fn for_locale(locale: &str) -> &'static Catalog {
        static CATALOGS: [OnceLock<Catalog>; 5] = [const { OnceLock::new() }; 5];
        static PSEUDO: [OnceLock<Catalog>; 2] = [const { OnceLock::new() }; 2];
        let tag = locale.split(['.', '@']).next().unwrap_or("").replace('_', "-");
        if let Some(p) = PSEUDO_LOCALES.iter().position(|l| l.eq_ignore_ascii_case(&tag)) {
            return PSEUDO[p].get_or_init(|| {
                // English words and English plural rules, transformed.
                let mut c = Catalog::parse("en", SOURCES[0].1);
                c.lang = PSEUDO_LOCALES[p];
                c.bundle
                    .set_transform(Some(if p == 0 { pseudo_accented } else { pseudo_rtl }));
                c
            });
        }
        let lang = shipped_language(locale);
        let i = SHIPPED_LANGUAGES.iter().position(|l| *l == lang).unwrap_or(0);
        CATALOGS[i].get_or_init(|| Catalog::parse(SOURCES[i].0, SOURCES[i].1))
    }

    /// A catalog from Fluent source (the tests parse planted defects with it). A syntax error
    /// drops the entries it touches, as Fluent does; the catalog tests refuse any.
    pub fn parse(lang: &'static str, source: &str) -> Catalog {
        let res = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(res, _errors)| res);
        let id: LanguageIdentifier = lang.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Terminal text: no bidi isolation marks around names.
        bundle.set_use_isolating(false);
        // Same ids twice would be a catalog bug the tests catch; keep the first.
        let _ = bundle.add_resource(res);
        Catalog { lang, bundle }
    }

    /// The shipped language this catalog words ("pt-BR").
    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// A date the way this language writes it in a sentence ("6 de diciembre de 2026").
    pub fn date(&self, d: NaiveDate) -> String {
        date(d, &style(self.lang))
    }

    /// A date with its weekday, as a heading ("Montag, 7. Dezember 2026").
    pub fn day(&self, d: NaiveDate) -> String {
        d.format_localized(style(self.lang).day, style(self.lang).locale)
            .to_string()
    }

    /// The message in this language, or `None` when the catalog lacks it or an argument it
    /// uses was not given (what the catalog tests look for).
    pub fn try_render(&self, m: &Message) -> Option<String> {
        let msg = self.bundle.get_message(m.id.key())?;
        let pattern = msg.value()?;
        let st = style(self.lang);
        let mut args = FluentArgs::new();
        for a in &m.args {
            let v: FluentValue = match &a.value {
                ArgValue::Number { value } => FluentValue::from(*value),
                ArgValue::Text { value } => FluentValue::from(value.as_str()),
                ArgValue::Names { values } => FluentValue::from(join(values, st.and)),
                ArgValue::Date { value } => FluentValue::from(date(*value, &st)),
                ArgValue::Time { minute } => {
                    FluentValue::from(fmt_hhmm(u16::try_from(*minute % 1440).unwrap_or_default()))
                }
            };
            args.set(a.name.clone(), v);
        }
        let mut errors = Vec::new();
        let out = self.bundle.format_pattern(pattern, Some(&args), &mut errors);
        errors.is_empty().then(|| out.into_owned())
    }

    /// The message in this language; in English when this catalog cannot word it; its
    /// identifier as a last resort. Never fails.
    pub fn render(&self, m: &Message) -> String {
        self.try_render(m)
            .or_else(|| Catalog::for_locale("en").try_render(m))
            .unwrap_or_else(|| m.id.key().to_owned())
    }
}

fn join(values: &[String], and: &str) -> String {
    match values {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}{and}{last}", init.join(", ")),
    }
}

fn date(d: NaiveDate, st: &Style) -> String {
    d.format_localized(st.date, st.locale).to_string()
}
