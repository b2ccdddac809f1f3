//! The vocabulary shared by every capability: roles, kinds of support, check-in kinds, and the
//! other closed sets, each with one stable lower-case spelling used in the database, the CLI and
//! JSON.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Declares a closed set with its stable spellings and a parser that names the field on error.
macro_rules! closed_set {
    ($(#[$m:meta])* $name:ident, $field:literal { $($(#[$vm:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vm])* $variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable spelling used in storage, the CLI and JSON.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parses the stable spelling (case-insensitive, `-` accepted for `_`).
            pub fn parse(s: &str) -> Result<Self> {
                // Stored values are already the stable spelling: no allocation for them.
                match s {
                    $($text => return Ok($name::$variant),)+
                    _ => {}
                }
                let norm = s.trim().to_ascii_lowercase().replace('-', "_");
                match norm.as_str() {
                    $($text => Ok($name::$variant),)+
                    _ => Err(Error::invalid(
                        $field,
                        $crate::messages::Message::new($crate::messages::MessageId::RefusalOneOf)
                            .text("choices", [$($text),+].join(", ")),
                    )),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self> { Self::parse(s) }
        }
    };
}

closed_set!(
    /// Who a person is to the user.
    Role, "role" {
        Friend = "friend",
        Family = "family",
        Peer = "peer",
        /// Sponsor or mentor.
        Sponsor = "sponsor",
        Therapist = "therapist",
        Counselor = "counselor",
        SupportWorker = "support_worker",
        Doctor = "doctor",
        GroupFacilitator = "group_facilitator",
        Other = "other",
    }
);

closed_set!(
    /// A kind of support a person gives and a need asks for.
    SupportKind, "support kind" {
        Emotional = "emotional",
        /// Groceries, childcare, a lift.
        Practical = "practical",
        Financial = "financial",
        Accountability = "accountability",
        /// Role models, people further along.
        Inspiration = "inspiration",
        ProfessionalGuidance = "professional_guidance",
    }
);

closed_set!(
    /// How a person can be reached.
    ContactKind, "contact kind" { Phone = "phone", Email = "email", Other = "other" }
);

closed_set!(
    /// How much a need matters.
    Importance, "importance" { Essential = "essential", Helpful = "helpful" }
);

closed_set!(
    /// What kind of group a support group is.
    GroupKind, "group kind" {
        TwelveStep = "twelve_step",
        Smart = "smart",
        Peer = "peer",
        TherapyGroup = "therapy_group",
        Other = "other",
    }
);

closed_set!(
    /// The kinds of event in the check-in log.
    CheckinKind, "check-in kind" {
        Daily = "daily",
        Contact = "contact",
        Meeting = "meeting",
        Gratitude = "gratitude",
        Sos = "sos",
    }
);

closed_set!(
    /// How a contact happened.
    Channel, "channel" { Call = "call", Text = "text", Meet = "meet", Other = "other" }
);

closed_set!(
    /// Which way support flowed in a contact.
    Direction, "direction" { Gave = "gave", Received = "received", Both = "both" }
);

closed_set!(
    /// How a directory meeting is attended. (Inactive ones are not kept in the directory.)
    Attendance, "attendance" {
        InPerson = "in_person",
        Online = "online",
        /// In person and online at once: found by distance and by the online filter.
        Hybrid = "hybrid",
    }
);

closed_set!(
    /// The period a goal counts over.
    Period, "period" { Day = "day", Week = "week", Month = "month" }
);

closed_set!(
    /// What a partner may be told; each is consented to separately (see `share`).
    ShareItem, "item" {
        /// The weekly summary: days since the start, check-ins, meetings, goals.
        Summary = "summary",
        /// The week's coarse mood band, inside the summary.
        Mood = "mood",
        /// A milestone reached.
        Milestones = "milestones",
        /// "I pressed SOS".
        Sos = "sos",
        /// No check-in for a number of days.
        Decline = "decline",
    }
);

closed_set!(
    /// What one message between partners is: what Tend sent by consent, or words typed by a
    /// person (a reply, encouragement).
    ShareKind, "kind" {
        Summary = "summary",
        Milestone = "milestone",
        Sos = "sos",
        Decline = "decline",
        Text = "text",
    }
);

closed_set!(
    /// The week's mood, coarsely: the average of the daily moods (1–5) under 2.5, under 3.5,
    /// or above.
    MoodBand, "mood band" { Low = "low", Steady = "steady", Good = "good" }
);

impl Role {
    /// The kinds of support people in this role usually give, used as a default when the user
    /// does not say.
    pub fn typical_support(self) -> &'static [SupportKind] {
        use SupportKind::*;
        match self {
            Role::Friend => &[Emotional, Practical],
            Role::Family => &[Emotional, Practical, Financial],
            Role::Peer => &[Emotional, Inspiration],
            Role::Sponsor => &[Accountability, Inspiration, Emotional],
            Role::Therapist | Role::Counselor => &[ProfessionalGuidance, Emotional],
            Role::SupportWorker => &[Practical, ProfessionalGuidance, Financial],
            Role::Doctor => &[ProfessionalGuidance],
            Role::GroupFacilitator => &[Accountability, Inspiration],
            Role::Other => &[],
        }
    }
}

/// A person named in a view (who covers a need, a goal's partner, whom a bundle asked about):
/// enough to show and to open them, nothing private.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct PersonRef {
    pub id: i64,
    pub name: String,
    pub role: Role,
}
