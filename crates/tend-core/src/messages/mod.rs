//! Every text the core produces for a person to read, as a message: an identifier and typed
//! arguments, never a sentence. Each shell words it from its own catalog in the user's
//! language — Android `res/values*/messages.xml`, iOS `Messages.xcstrings`, the CLI (and the
//! core itself where it must write text down) the Fluent files in `crates/tend-core/l10n/` —
//! and formats dates, times, numbers and lists for the user's locale. One identifier names the
//! same message everywhere: `reminder-daily-title` in Fluent and the String Catalog,
//! `msg_reminder_daily_title` as an Android resource (Android names cannot hold `-`, and the
//! prefix keeps them apart from the screens' own strings). The phones' catalogs are written
//! from the Fluent files by `scripts/l10n-export.py`: a translator words each message once.
//!
//! The list below is the single source: `cargo test --test catalogs` reads every catalog and
//! checks it against it (every identifier, its arguments, its plural forms).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

mod fluent;
pub use fluent::{Catalog, PSEUDO_LOCALES, SOURCES as FLUENT_SOURCES, pseudo_accented, pseudo_rtl};

/// What kind of value an argument holds, and so how a shell formats it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgKind {
    /// A whole number, formatted for the locale; the one a plural message varies by.
    Number,
    /// Words Tend does not translate: a name the user typed, a group's name, a goal's title.
    Text,
    /// Several names, joined the locale's way ("Sam, Alex and Jo").
    Names,
    /// A local date, written the locale's way.
    Date,
    /// A wall-clock time of day (already in the user's zone), written the locale's way.
    Time,
}

/// One argument a message takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    pub name: &'static str,
    pub kind: ArgKind,
}

macro_rules! messages {
    ($( $(#[$doc:meta])* $variant:ident = $key:literal ( $($arg:ident : $kind:ident),* ) $(plural $p:ident)? ;)*) => {
        /// Which message. Its text lives in the catalogs under [`MessageId::key`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
        pub enum MessageId { $( $(#[$doc])* $variant, )* }

        impl MessageId {
            /// Every message the core can produce.
            pub const ALL: &'static [MessageId] = &[ $(MessageId::$variant,)* ];

            /// The identifier in the catalogs (`msg_` and `_` for `-` as an Android resource name).
            pub fn key(self) -> &'static str {
                match self { $(MessageId::$variant => $key,)* }
            }

            /// Its arguments, in the order Android and iOS number them (`%1$s`, `%2$@`…).
            pub fn params(self) -> &'static [Param] {
                match self { $(MessageId::$variant => &[ $(Param { name: stringify!($arg), kind: ArgKind::$kind },)* ],)* }
            }

            /// The number argument the wording varies by (CLDR plural forms), if any.
            pub fn plural_on(self) -> Option<&'static str> {
                match self { $(MessageId::$variant => messages!(@p $($p)?),)* }
            }
        }
    };
    (@p) => { None };
    (@p $p:ident) => { Some(stringify!($p)) };
}

messages! {
    /// Words Tend shows as they were written (a goal's title as a notification title).
    Verbatim = "verbatim" (text: Text);

    ReminderDailyTitle = "reminder-daily-title" ();
    ReminderDailyBody = "reminder-daily-body" ();
    ReminderDailyDiscreetTitle = "reminder-daily-discreet-title" ();
    /// Discreet mode: a lock screen may be seen, so no names and no recovery words.
    ReminderDiscreetTitle = "reminder-discreet-title" ();
    ReminderDiscreetBody = "reminder-discreet-body" ();
    ReminderKeepInTouchTitle = "reminder-keep-in-touch-title" (name: Text);
    ReminderKeepInTouchToday = "reminder-keep-in-touch-today" ();
    ReminderKeepInTouchYesterday = "reminder-keep-in-touch-yesterday" ();
    ReminderKeepInTouchDays = "reminder-keep-in-touch-days" (days: Number) plural days;
    ReminderKeepInTouchNever = "reminder-keep-in-touch-never" ();
    ReminderKeepInTouchManyTitle = "reminder-keep-in-touch-many-title" (count: Number) plural count;
    ReminderKeepInTouchManyBody = "reminder-keep-in-touch-many-body" (names: Names);
    ReminderMeetingNow = "reminder-meeting-now" (group: Text);
    ReminderMeetingMinutes = "reminder-meeting-minutes" (group: Text, minutes: Number) plural minutes;
    ReminderMeetingHours = "reminder-meeting-hours" (group: Text, hours: Number) plural hours;
    ReminderMeetingHoursMinutes = "reminder-meeting-hours-minutes" (group: Text, hours: Number, minutes: Number);
    ReminderMeetingBody = "reminder-meeting-body" (time: Time);
    /// How a meeting is named wherever discreet mode applies.
    ReminderMeetingDiscreetTitle = "reminder-meeting-discreet-title" ();
    ReminderGoalDay = "reminder-goal-day" (count: Number, target: Number);
    ReminderGoalWeek = "reminder-goal-week" (count: Number, target: Number, ends: Date);
    ReminderGoalMonth = "reminder-goal-month" (count: Number, target: Number, ends: Date);
    ReminderGoalDiscreetBody = "reminder-goal-discreet-body" ();
    ReminderMilestoneDaysTitle = "reminder-milestone-days-title" (days: Number) plural days;
    ReminderMilestoneYearsTitle = "reminder-milestone-years-title" (years: Number) plural years;
    ReminderMilestoneDaysBody = "reminder-milestone-days-body" (network: Text, days: Number, since: Date) plural days;
    ReminderMilestoneYearsBody = "reminder-milestone-years-body" (network: Text, years: Number, since: Date) plural years;
    ReminderMilestoneDiscreetTitle = "reminder-milestone-discreet-title" ();
    ReminderGratitudeTitle = "reminder-gratitude-title" (name: Text);
    ReminderGratitudeBody = "reminder-gratitude-body" ();
    /// Why a reminder could not be placed at any allowed time.
    HeldContactWindowsQuiet = "held-contact-windows-quiet" ();
    HeldMeetingQuiet = "held-meeting-quiet" ();

    /// A milestone's name: "30 days", "1 year".
    MilestoneDays = "milestone-days" (days: Number) plural days;
    MilestoneYears = "milestone-years" (years: Number) plural years;

    /// The next step for a need nobody covers yet.
    NeedStepEmotional = "need-step-emotional" ();
    NeedStepPractical = "need-step-practical" ();
    NeedStepFinancial = "need-step-financial" ();
    NeedStepAccountability = "need-step-accountability" ();
    NeedStepInspiration = "need-step-inspiration" ();
    NeedStepProfessionalGuidance = "need-step-professional-guidance" ();

    /// Crisis lines: the generic name of a country's emergency number, and what each line is for.
    CrisisEmergencyServices = "crisis-emergency-services" ();
    CrisisEmergencyDanger = "crisis-emergency-danger" ();
    CrisisEmergencyDangerIe = "crisis-emergency-danger-ie" ();
    CrisisUs988 = "crisis-us-988" ();
    CrisisUsSamhsa = "crisis-us-samhsa" ();
    CrisisCa988 = "crisis-ca-988" ();
    CrisisSamaritans = "crisis-samaritans" ();
    CrisisAuLifeline = "crisis-au-lifeline" ();
    CrisisHoursAlways = "crisis-hours-always" ();

    /// What a partner reads (one message per line): the weekly summary and the alerts.
    ShareMilestoneDays = "share-milestone-days" (days: Number) plural days;
    ShareMilestoneYears = "share-milestone-years" (years: Number) plural years;
    ShareSos = "share-sos" (time: Time);
    ShareDecline = "share-decline" (days: Number) plural days;
    ShareWeekHeading = "share-week-heading" (from: Date, to: Date);
    ShareWeekDay = "share-week-day" (day: Number);
    ShareWeekCheckins = "share-week-checkins" (days: Number);
    ShareWeekMeetings = "share-week-meetings" (count: Number);
    ShareWeekGoals = "share-week-goals" (met: Number, total: Number, at_risk: Number);
    ShareWeekMoodLow = "share-week-mood-low" ();
    ShareWeekMoodSteady = "share-week-mood-steady" ();
    ShareWeekMoodGood = "share-week-mood-good" ();
    ShareWeekMoodNone = "share-week-mood-none" ();

    /// Lines of a meeting's description in the calendar file.
    CalendarOnline = "calendar-online" (url: Text);
    CalendarPhone = "calendar-phone" (phone: Text);

    /// Why the core refused what it was given, shown next to the field it names
    /// (`Error::InvalidInput`, `Error::Conflict`). Never the user's own words, never a record's
    /// id: "That person no longer exists", not which one.
    RefusalEmpty = "refusal-empty" ();
    RefusalTooLong = "refusal-too-long" (max: Number) plural max;
    RefusalTooLongBytes = "refusal-too-long-bytes" (max: Number) plural max;
    RefusalControlCharacters = "refusal-control-characters" ();
    RefusalRange = "refusal-range" (lo: Number, hi: Number);
    RefusalAtLeast = "refusal-at-least" (min: Number);
    RefusalWholeNumber = "refusal-whole-number" (lo: Number, hi: Number);
    RefusalMinutesRange = "refusal-minutes-range" (max: Number) plural max;
    RefusalDaysRange = "refusal-days-range" (max: Number) plural max;
    RefusalDistanceRange = "refusal-distance-range" (max: Number);
    /// The words a command accepts, as they are typed ("on, off").
    RefusalOneOf = "refusal-one-of" (choices: Text);
    RefusalTimeZone = "refusal-time-zone" (example: Text);
    RefusalTimeOfDay = "refusal-time-of-day" ();
    RefusalDateFormat = "refusal-date-format" ();
    RefusalDateRange = "refusal-date-range" (from: Date, to: Date);
    RefusalFutureDate = "refusal-future-date" ();
    RefusalInstant = "refusal-instant" ();
    RefusalWeekdayNumber = "refusal-weekday-number" ();
    RefusalWeekday = "refusal-weekday" ();
    RefusalDay = "refusal-day" ();
    RefusalStartEndDiffer = "refusal-start-end-differ" ();
    RefusalRfc3339 = "refusal-rfc3339" (example: Text);
    RefusalPersonGone = "refusal-person-gone" ();
    RefusalNetworkGone = "refusal-network-gone" ();
    RefusalGroupGone = "refusal-group-gone" ();
    RefusalNetworkNameTaken = "refusal-network-name-taken" ();
    RefusalNameShared = "refusal-name-shared" ();
    RefusalPhone = "refusal-phone" (min: Number, max: Number);
    RefusalEmail = "refusal-email" (example: Text);
    RefusalAvoidedEmergency = "refusal-avoided-emergency" ();
    RefusalWindowTimes = "refusal-window-times" ();
    RefusalWindowFormat = "refusal-window-format" (example: Text);
    RefusalUrl = "refusal-url" ();
    RefusalUrlHttp = "refusal-url-http" ();
    RefusalUrlHttps = "refusal-url-https" ();
    RefusalMeetingTypeCode = "refusal-meeting-type-code" (max: Number, example: Text);
    RefusalMeetingType = "refusal-meeting-type" ();
    RefusalMeetingDayAndTime = "refusal-meeting-day-and-time" ();
    RefusalMeetingSpec = "refusal-meeting-spec" (example: Text);
    RefusalSlugTaken = "refusal-slug-taken" ();
    RefusalGratitudeEmpty = "refusal-gratitude-empty" ();
    RefusalKeyReused = "refusal-key-reused" ();
    RefusalSosGoal = "refusal-sos-goal" ();
    RefusalGoalPerson = "refusal-goal-person" ();
    RefusalGoalGroup = "refusal-goal-group" ();
    RefusalReminderId = "refusal-reminder-id" ();
    RefusalSnoozeMinutes = "refusal-snooze-minutes" ();
    RefusalMinutesOnlySnooze = "refusal-minutes-only-snooze" ();
    /// The actions as a command types them ("done, snooze").
    RefusalActionNotOffered = "refusal-action-not-offered" (actions: Text);
    RefusalNotKeepInTouch = "refusal-not-keep-in-touch" ();
    RefusalNotInReminder = "refusal-not-in-reminder" ();
    RefusalDoneFirst = "refusal-done-first" ();
    RefusalCheckinTimes = "refusal-checkin-times" (max: Number, example: Text);
    RefusalQuietHours = "refusal-quiet-hours" ();
    RefusalAvoidedPartner = "refusal-avoided-partner" ();
    RefusalPartnerNoNetwork = "refusal-partner-no-network" ();
    RefusalDaysOnlyDecline = "refusal-days-only-decline" ();
    RefusalDeclineDays = "refusal-decline-days" ();
    RefusalMoodNeedsSummary = "refusal-mood-needs-summary" ();
    RefusalNotLinked = "refusal-not-linked" ();
    RefusalSummaryNotShared = "refusal-summary-not-shared" ();
    RefusalMatrixId = "refusal-matrix-id" (example: Text);
    RefusalMatrixIdNoName = "refusal-matrix-id-no-name" (example: Text);
    RefusalMatrixIdOwn = "refusal-matrix-id-own" ();
    RefusalMatrixIdTaken = "refusal-matrix-id-taken" ();
    RefusalMatrixConnected = "refusal-matrix-connected" ();
    RefusalNoLiveChannel = "refusal-no-live-channel" ();
    RefusalPlace = "refusal-place" (example: Text);
    RefusalWithinNeedsPlace = "refusal-within-needs-place" ();
    RefusalAlreadyJoined = "refusal-already-joined" ();
    RefusalNotFromDirectory = "refusal-not-from-directory" ();
    RefusalFeedNotArray = "refusal-feed-not-array" ();
    RefusalFeedNotJson = "refusal-feed-not-json" (line: Number, column: Number);
    /// A public meeting list: why it could not be added (also why its last refresh failed).
    RefusalListNeedsPlace = "refusal-list-needs-place" (km: Number);
    RefusalListNoFeed = "refusal-list-no-feed" ();
    RefusalListInUse = "refusal-list-in-use" ();
    RefusalListTooMany = "refusal-list-too-many" ();
    RefusalListPrivate = "refusal-list-private" ();
    RefusalListNotFound = "refusal-list-not-found" ();
    RefusalListServerError = "refusal-list-server-error" ();
    RefusalListRefused = "refusal-list-refused" ();
    RefusalListTimedOut = "refusal-list-timed-out" ();
    RefusalListTooBig = "refusal-list-too-big" (mb: Number);
    RefusalListTruncated = "refusal-list-truncated" ();
    RefusalListInsecure = "refusal-list-insecure" ();
    RefusalListUnreachable = "refusal-list-unreachable" ();
    RefusalListNotMeetings = "refusal-list-not-meetings" ();
    RefusalNoVcard = "refusal-no-vcard" ();
    /// Why a contact card was skipped, or what in it was left out (a card whose name is refused
    /// carries that refusal instead).
    SkipCardUnreadable = "skip-card-unreadable" ();
    SkipCardUnended = "skip-card-unended" ();
    SkipCardUnbegun = "skip-card-unbegun" ();
    SkipCardCut = "skip-card-cut" ();
    SkipCardNoName = "skip-card-no-name" ();
    SkipCardPhone = "skip-card-phone" ();
    SkipCardEmail = "skip-card-email" ();
    /// Restoring a backup.
    RefusalBackupNotTend = "refusal-backup-not-tend" ();
    RefusalBackupMalformed = "refusal-backup-malformed" (line: Number, column: Number);
    RefusalBackupNewer = "refusal-backup-newer" (version: Number, supported: Number);
    RefusalBackupDamaged = "refusal-backup-damaged" ();
    RefusalBackupInconsistent = "refusal-backup-inconsistent" ();
    RefusalBackupRules = "refusal-backup-rules" ();
    RefusalBackupWorkFactor = "refusal-backup-work-factor" (factor: Number, max: Number);
    RefusalBackupPassphrase = "refusal-backup-passphrase" ();
    RefusalBackupDecrypt = "refusal-backup-decrypt" ();
    RefusalBackupNotEmpty = "refusal-backup-not-empty" ();
    /// The store, its key and its files.
    RefusalKeyLength = "refusal-key-length" (bytes: Number, got: Number);
    RefusalKeyFileHex = "refusal-key-file-hex" (digits: Number);
    RefusalNoDataFolder = "refusal-no-data-folder" ();
    RefusalFileName = "refusal-file-name" ();
    RefusalFileUnreadable = "refusal-file-unreadable" ();
    RefusalFirstLineTooLong = "refusal-first-line-too-long" (max: Number) plural max;
    RefusalFirstLineNotText = "refusal-first-line-not-text" ();
    RefusalFirstLineEmpty = "refusal-first-line-empty" ();
    RefusalQuarantineBusy = "refusal-quarantine-busy" ();
    RefusalNothingToQuarantine = "refusal-nothing-to-quarantine" ();
    RefusalSchemaPath = "refusal-schema-path" (version: Number);
    RefusalDemoNeedsEmpty = "refusal-demo-needs-empty" ();
    RefusalNotConfirmed = "refusal-not-confirmed" ();
}

/// Written as its catalog identifier (`"reminder-daily-title"`), in JSON and wherever a message
/// is stored or sent.
impl Serialize for MessageId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.key())
    }
}

impl<'de> Deserialize<'de> for MessageId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let key = String::deserialize(d)?;
        MessageId::ALL
            .iter()
            .copied()
            .find(|id| id.key() == key)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown message {key:?}")))
    }
}

/// A value given to a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ArgValue {
    Number {
        value: i64,
    },
    Text {
        value: String,
    },
    Names {
        values: Vec<String>,
    },
    Date {
        value: NaiveDate,
    },
    /// Minutes after local midnight (0 to 1439), in the user's zone.
    Time {
        minute: u32,
    },
}

impl ArgValue {
    pub fn kind(&self) -> ArgKind {
        match self {
            ArgValue::Number { .. } => ArgKind::Number,
            ArgValue::Text { .. } => ArgKind::Text,
            ArgValue::Names { .. } => ArgKind::Names,
            ArgValue::Date { .. } => ArgKind::Date,
            ArgValue::Time { .. } => ArgKind::Time,
        }
    }
}

/// A named argument.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct MessageArg {
    pub name: String,
    pub value: ArgValue,
}

/// A text for a person to read: which message, with its arguments in [`MessageId::params`]'
/// order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Message {
    pub id: MessageId,
    pub args: Vec<MessageArg>,
}

/// A message without arguments.
impl From<MessageId> for Message {
    fn from(id: MessageId) -> Self {
        Message::new(id)
    }
}

impl Message {
    /// A message without arguments.
    pub fn new(id: MessageId) -> Self {
        Message { id, args: Vec::new() }
    }

    /// Words shown as they were written.
    pub fn verbatim(text: impl Into<String>) -> Self {
        Message::new(MessageId::Verbatim).text("text", text)
    }

    fn arg(mut self, name: &str, value: ArgValue) -> Self {
        self.args.push(MessageArg {
            name: name.to_owned(),
            value,
        });
        self
    }

    pub fn num(self, name: &str, value: impl Into<i64>) -> Self {
        self.arg(name, ArgValue::Number { value: value.into() })
    }

    pub fn text(self, name: &str, value: impl Into<String>) -> Self {
        self.arg(name, ArgValue::Text { value: value.into() })
    }

    pub fn names(self, name: &str, values: Vec<String>) -> Self {
        self.arg(name, ArgValue::Names { values })
    }

    pub fn date(self, name: &str, value: NaiveDate) -> Self {
        self.arg(name, ArgValue::Date { value })
    }

    pub fn time(self, name: &str, minute: u32) -> Self {
        self.arg(name, ArgValue::Time { minute })
    }

    /// The argument called `name`.
    pub fn get(&self, name: &str) -> Option<&ArgValue> {
        self.args.iter().find(|a| a.name == name).map(|a| &a.value)
    }

    /// The message worded in the shipped language for `locale` (see [`Catalog::for_locale`]).
    pub fn render(&self, locale: &str) -> String {
        Catalog::for_locale(locale).render(self)
    }

    /// Whether the arguments are exactly the message's parameters, in order and of their kinds:
    /// what every shell relies on when it numbers them.
    pub fn is_well_formed(&self) -> bool {
        let params = self.id.params();
        params.len() == self.args.len()
            && params
                .iter()
                .zip(&self.args)
                .all(|(p, a)| p.name == a.name && p.kind == a.value.kind())
    }
}

/// The languages Tend ships, each complete in every catalog, as BCP 47 tags.
pub const SHIPPED_LANGUAGES: [&str; 5] = ["en", "es", "fr", "pt-BR", "de"];

/// The language of a locale as the system writes it, lower case: "pt" for "pt_BR.UTF-8", "de"
/// for "de-AT", "c" for "C".
pub fn language_of(locale: &str) -> String {
    locale
        .split(['.', '@', '_', '-'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The shipped language to use for a locale as the system writes it ("es-MX", "pt_BR.UTF-8",
/// "de", "C"): the same language, else English.
pub fn shipped_language(locale: &str) -> &'static str {
    match language_of(locale).as_str() {
        "es" => "es",
        "fr" => "fr",
        "pt" => "pt-BR",
        "de" => "de",
        _ => "en",
    }
}

/// The language the person last used Tend in, as recorded (see [`Store::set_language`]);
/// English when none was.
pub(crate) fn user_language(c: &rusqlite::Connection) -> crate::Result<String> {
    use rusqlite::OptionalExtension;
    Ok(c.query_row("SELECT tag FROM user_language WHERE id = 1", [], |r| {
        r.get::<_, String>(0)
    })
    .optional()?
    .unwrap_or_else(|| "en".to_owned()))
}

/// Records the shipped language for `locale` as the person's (inside the caller's
/// transaction); an empty one is ignored. Any locale is accepted: one Tend does not ship is
/// English, so a phone's unusual tag never fails a replan.
pub(crate) fn record_language(c: &rusqlite::Connection, locale: &str) -> crate::Result<()> {
    if !locale.trim().is_empty() {
        c.execute(
            "INSERT INTO user_language (id, tag) VALUES (1, ?1)
             ON CONFLICT (id) DO UPDATE SET tag = excluded.tag",
            [shipped_language(locale)],
        )?;
    }
    Ok(())
}

impl crate::Store {
    /// Records the language the person uses Tend in (a locale, "es-MX"; kept as the shipped
    /// language it falls to): the texts the core writes down for others (messages to a
    /// partner) are worded in it. The phones report it with
    /// every replan (`DeviceState::language`); the CLI with `--lang`.
    pub fn set_language(&self, tag: &str) -> crate::Result<()> {
        self.write(|tx| record_language(tx, tag))
    }

    /// The language recorded by [`Store::set_language`]; "en" when none was.
    pub fn language(&self) -> crate::Result<String> {
        self.read(user_language)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_catalog_safe() {
        let mut seen = std::collections::BTreeSet::new();
        for id in MessageId::ALL {
            let k = id.key();
            assert!(seen.insert(k), "{k} twice");
            assert!(
                k.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{k}"
            );
            if let Some(p) = id.plural_on() {
                let param = id.params().iter().find(|x| x.name == p).expect("plural arg is a param");
                assert_eq!(param.kind, ArgKind::Number, "{k}");
            }
        }
    }

    #[test]
    fn serde_spelling_is_the_key() {
        for id in MessageId::ALL {
            let json = serde_json::to_value(id).unwrap();
            assert_eq!(json, serde_json::json!(id.key()));
            assert_eq!(serde_json::from_value::<MessageId>(json).unwrap(), *id);
        }
    }

    #[test]
    fn well_formed_checks_names_order_and_kinds() {
        let ok = Message::new(MessageId::ReminderMeetingMinutes)
            .text("group", "Thursday Group")
            .num("minutes", 30);
        assert!(ok.is_well_formed());
        let swapped = Message::new(MessageId::ReminderMeetingMinutes)
            .num("minutes", 30)
            .text("group", "x");
        assert!(!swapped.is_well_formed());
        assert!(!Message::new(MessageId::ReminderKeepInTouchTitle).is_well_formed());
    }

    #[test]
    fn locales_fall_back_to_a_shipped_language() {
        assert_eq!(shipped_language("es-MX"), "es");
        assert_eq!(shipped_language("pt_PT.UTF-8"), "pt-BR");
        assert_eq!(shipped_language("de_AT@euro"), "de");
        assert_eq!(shipped_language("C"), "en");
        assert_eq!(shipped_language(""), "en");
        assert_eq!(shipped_language("FR"), "fr");
    }
}
