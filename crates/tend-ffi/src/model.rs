//! The closed sets as exported enums: mechanical mirrors of the core's, converted both ways.
//! Kotlin sees `enum class Role { FRIEND, … }`, Swift `enum Role { case friend, … }`.

use tend_core::model as core;
use tend_core::reciprocity as core_reciprocity;
use tend_core::reminders as core_reminders;

/// Declares an exported enum mirroring a core enum variant for variant, with `From` both ways.
/// The matches are exhaustive, so a variant added to the core fails to compile until added here.
macro_rules! mirror_enum {
    ($(#[$m:meta])* $name:ident => $core:ty { $($(#[$vm:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
        pub enum $name { $($(#[$vm])* $variant),+ }

        impl From<$core> for $name {
            fn from(v: $core) -> Self {
                type C = $core;
                match v { $(C::$variant => $name::$variant),+ }
            }
        }

        impl From<$name> for $core {
            fn from(v: $name) -> Self {
                type C = $core;
                match v { $($name::$variant => C::$variant),+ }
            }
        }
    };
}

mirror_enum!(
    /// Who a person is to the user.
    Role => core::Role {
        Friend, Family, Peer,
        /// Sponsor or mentor.
        Sponsor,
        Therapist, Counselor, SupportWorker, Doctor, GroupFacilitator, Other,
    }
);

mirror_enum!(
    /// A kind of support a person gives and a need asks for.
    SupportKind => core::SupportKind {
        Emotional,
        /// Groceries, childcare, a lift.
        Practical,
        Financial, Accountability,
        /// Role models, people further along.
        Inspiration,
        ProfessionalGuidance,
    }
);

mirror_enum!(
    /// How a person can be reached.
    ContactKind => core::ContactKind { Phone, Email, Other }
);

mirror_enum!(
    /// How much a need matters.
    Importance => core::Importance { Essential, Helpful }
);

mirror_enum!(
    /// What kind of group a support group is.
    GroupKind => core::GroupKind { TwelveStep, Smart, Peer, TherapyGroup, Other }
);

mirror_enum!(
    /// The kinds of event in the check-in log.
    CheckinKind => core::CheckinKind { Daily, Contact, Meeting, Gratitude, Sos }
);

mirror_enum!(
    /// How a contact happened.
    Channel => core::Channel { Call, Text, Meet, Other }
);

mirror_enum!(
    /// Which way support flowed in a contact.
    Direction => core::Direction { Gave, Received, Both }
);

mirror_enum!(
    /// The period a goal counts over.
    Period => core::Period { Day, Week, Month }
);

mirror_enum!(
    /// What a reminder is about.
    ReminderKind => core_reminders::ReminderKind {
        DailyCheckin, KeepInTouch, Meeting, Goal, Milestone, Gratitude,
    }
);

mirror_enum!(
    /// A button a notification offers.
    ActionKind => core_reminders::ActionKind { Done, Snooze, Skip }
);

mirror_enum!(
    /// Which way a give/receive balance leans.
    Lean => core_reciprocity::Lean {
        Balanced,
        /// The user mostly gives: check they are being looked after too.
        MostlyGiving,
        /// The user mostly receives: a thank-you or an offer to help back may be welcome.
        MostlyReceiving,
        /// Too few contacts to say.
        TooFew,
    }
);

/// Converts a list of core values.
pub(crate) fn map<A, B: From<A>>(v: Vec<A>) -> Vec<B> {
    v.into_iter().map(B::from).collect()
}

/// Converts a list of shell values that may be rejected.
pub(crate) fn try_map<A, B: TryFrom<A, Error = tend_core::Error>>(v: Vec<A>) -> tend_core::Result<Vec<B>> {
    v.into_iter().map(B::try_from).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every core value survives the round trip, with the same stable spelling on both sides.
    macro_rules! round_trip {
        ($($ffi:ty => $core:ty),+ $(,)?) => {$(
            for &v in <$core>::ALL {
                let there: $ffi = v.into();
                let back: $core = there.into();
                assert_eq!(back, v);
                assert_eq!(format!("{there:?}").to_ascii_lowercase(), v.as_str().replace('_', ""));
            }
        )+};
    }

    #[test]
    fn closed_sets_round_trip() {
        round_trip!(
            Role => core::Role,
            SupportKind => core::SupportKind,
            ContactKind => core::ContactKind,
            Importance => core::Importance,
            GroupKind => core::GroupKind,
            CheckinKind => core::CheckinKind,
            Channel => core::Channel,
            Direction => core::Direction,
            Period => core::Period,
        );
    }

    #[test]
    fn reminder_enums_round_trip() {
        use core_reminders::{ActionKind as A, ReminderKind as K};
        for k in [
            K::DailyCheckin,
            K::KeepInTouch,
            K::Meeting,
            K::Goal,
            K::Milestone,
            K::Gratitude,
        ] {
            assert_eq!(K::from(ReminderKind::from(k)), k);
        }
        for a in [A::Done, A::Snooze, A::Skip] {
            assert_eq!(A::from(ActionKind::from(a)), a);
        }
        use core_reciprocity::Lean as L;
        for l in [L::Balanced, L::MostlyGiving, L::MostlyReceiving, L::TooFew] {
            assert_eq!(L::from(Lean::from(l)), l);
        }
    }
}
