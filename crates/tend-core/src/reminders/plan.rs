//! The planner proper: pure functions from a [`Snapshot`] and `now` to occurrences, a plan and
//! the missed list. No clock, no I/O: every rule here can be tested at any instant in any zone.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Timelike, Utc};
use chrono_tz::Tz;

use crate::messages::{Message, MessageId};
use crate::model::{CheckinKind, Period};
use crate::people::window_open;
use crate::settings::{QuietHours, Settings};
use crate::time::{Minutes, local_date, local_day_minute, resolve_local, weekday_num};

use super::id::OccurrenceId;
use super::load::{Handled, KitPerson, Snapshot};
use super::text::Say;
use super::{
    ActionKind, GOAL_TIME, GRATITUDE_TIME, Held, KEEP_IN_TOUCH_TIME, LOOKBACK_HOURS, MAX_HORIZON_DAYS, MILESTONE_TIME,
    MISSED_HOURS, Notification, Plan, Refers, ReminderKind,
};

/// One occurrence of a reminder rule, before what the user did with it is applied.
#[derive(Debug, Clone)]
pub(crate) struct Occ<'a> {
    /// Title, body and local time are filled in by [`Occ::finish`].
    pub n: Notification,
    pub say: Say<'a>,
    /// Something already logged answers it (a daily check-in in its slot, the meeting
    /// attended): neither planned nor missed.
    pub satisfied: bool,
    /// Shown as missed when its time passed unhandled.
    pub missable: bool,
}

impl Occ<'_> {
    /// The notification as the OS gets it: worded, with its local time.
    pub(crate) fn finish(self, zone: Tz, settings: &Settings) -> Notification {
        let t = self.say.render(settings.discreet);
        let mut n = Notification {
            title: t.title,
            body: t.body,
            local_time: local_rfc3339(self.n.fire_at, zone),
            done_needs_unlock: settings.done_needs_unlock && self.n.actions.contains(&ActionKind::Done),
            ..self.n
        };
        n.fingerprint = super::fingerprint(&n, "");
        n
    }
}

/// The instant, as RFC 3339 with the offset in force at that instant in `zone`.
pub(crate) fn local_rfc3339(at: DateTime<Utc>, zone: Tz) -> String {
    at.with_timezone(&zone).to_rfc3339()
}

/// `at`, or the end of the quiet hours it falls in (the next allowed time, never dropped).
pub(crate) fn out_of_quiet(at: DateTime<Utc>, zone: Tz, quiet: Option<QuietHours>) -> DateTime<Utc> {
    let Some(q) = quiet else { return at };
    let mut t = at;
    // A real zone needs one step; a DST change at the quiet end may need a second look.
    for _ in 0..3 {
        let (day, minute) = local_day_minute(t, zone);
        if !q.contains(minute) {
            return t;
        }
        let end_day = if q.start > q.end && minute >= q.start {
            day + Duration::days(1)
        } else {
            day
        };
        let next = resolve_local(end_day, q.end, zone);
        t = if next > t { next } else { t + Duration::minutes(1) };
    }
    t
}

fn days(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    from.iter_days().take_while(move |d| *d <= to)
}

struct Gen<'a> {
    s: &'a Snapshot,
    now: DateTime<Utc>,
    zone: Tz,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    out: Vec<Occ<'a>>,
    held: Vec<Held>,
}

impl<'a> Gen<'a> {
    fn quiet(&self) -> Option<QuietHours> {
        self.s.settings.quiet_hours
    }

    fn in_range(&self, at: DateTime<Utc>) -> bool {
        at >= self.from && at < self.to
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        id: String,
        kind: ReminderKind,
        fire_at: DateTime<Utc>,
        say: Say<'a>,
        actions: &[ActionKind],
        refers: Refers,
        satisfied: bool,
        missable: bool,
    ) {
        self.out.push(Occ {
            n: Notification {
                id,
                kind,
                fire_at,
                local_time: String::new(),
                title: Message::verbatim(String::new()),
                body: Message::verbatim(String::new()),
                actions: actions.to_vec(),
                refers,
                urgent: kind.is_urgent(),
                done_needs_unlock: false,
                early_if_inexact_minutes: kind.early_if_inexact_minutes(),
                fingerprint: String::new(),
            },
            say,
            satisfied,
            missable,
        });
    }

    fn local_days(&self) -> (NaiveDate, NaiveDate) {
        (
            local_date(self.from, self.zone) - Duration::days(1),
            local_date(self.to, self.zone) + Duration::days(1),
        )
    }

    /// Daily check-ins at each set local time in the phone's zone. A slot is answered by a
    /// daily check-in logged between it and the next slot (the first slot: from midnight).
    fn daily(&mut self) {
        let times = self.s.settings.checkin_times.clone();
        let (d0, d1) = self.local_days();
        for d in days(d0, d1) {
            for (k, &tm) in times.iter().enumerate() {
                let nominal = resolve_local(d, tm, self.zone);
                if !self.in_range(nominal) {
                    continue;
                }
                let start = if k == 0 {
                    resolve_local(d, 0, self.zone)
                } else {
                    nominal
                };
                let end = match times.get(k + 1) {
                    Some(next) => resolve_local(d, *next, self.zone),
                    None => resolve_local(d + Duration::days(1), 0, self.zone),
                };
                let satisfied = self.s.daily.iter().any(|a| *a >= start && *a < end);
                let fire = out_of_quiet(nominal, self.zone, self.quiet());
                self.push(
                    OccurrenceId::Daily { date: d, time: tm }.to_string(),
                    ReminderKind::DailyCheckin,
                    fire,
                    Say::Daily,
                    &[ActionKind::Done, ActionKind::Snooze, ActionKind::Skip],
                    Refers::default(),
                    satisfied,
                    true,
                );
            }
        }
    }

    /// Keep in touch: on each local day, the people due by then (at most `daily_cap` of them,
    /// rotating when more are due) at their first allowed slot — inside their contact window,
    /// outside quiet hours, from 10:00 on if possible — bundled with everyone whose window is
    /// also open then. People over the cap or without an open window that day roll on.
    fn keep_in_touch(&mut self) {
        let quiet = self.quiet();
        // Each person's allowed minutes per weekday, worked out once rather than per day.
        let mut people: Vec<Reach> = self.s.people.iter().map(|p| Reach::new(p, quiet)).collect();
        people.sort_by_key(|r| (r.p.due_date, r.p.id));
        let cap = self.s.settings.daily_cap.max(1) as usize;
        let to_day = local_date(self.to, self.zone);
        for r in &people {
            let p = r.p;
            if p.due_date <= to_day && r.tries.iter().all(Vec::is_empty) {
                self.held.push(Held {
                    id: OccurrenceId::KeepInTouch {
                        date: p.due_date,
                        people: vec![p.id],
                    }
                    .to_string(),
                    kind: ReminderKind::KeepInTouch,
                    reason: Message::new(MessageId::HeldContactWindowsQuiet),
                    refers: Refers {
                        person_ids: vec![p.id],
                        ..Refers::default()
                    },
                });
            }
        }
        let (d0, d1) = (local_date(self.from, self.zone), to_day);
        for d in days(d0, d1) {
            let wd = weekday_num(d.weekday());
            // Everyone due with an open minute that day, most overdue first.
            let open: Vec<&Reach> = people
                .iter()
                .take_while(|r| r.p.due_date <= d)
                .filter(|r| !r.tries[usize::from(wd)].is_empty())
                .collect();
            // Over the cap, the day's share rotates through the list (stateless, so the same
            // data always gives the same plan): everyone is reminded within ceil(n / cap) days.
            let offset = if open.len() > cap {
                (d.num_days_from_ce().unsigned_abs() as usize * cap) % open.len()
            } else {
                0
            };
            let mut chosen: Vec<(&KitPerson, DateTime<Utc>)> = Vec::new();
            for r in open.iter().cycle().skip(offset).take(open.len()) {
                if chosen.len() >= cap {
                    break;
                }
                if let Some(at) = r.slot(d, self.zone, quiet) {
                    chosen.push((r.p, at));
                }
            }
            chosen.sort_by_key(|(p, at)| (*at, p.id));
            while let Some(&(_, at)) = chosen.first() {
                let (ld, minute) = local_day_minute(at, self.zone);
                let wd = weekday_num(ld.weekday());
                let (mut group, rest): (Vec<_>, Vec<_>) =
                    chosen.iter().partition(|(p, _)| window_open(&p.windows, wd, minute));
                chosen = rest;
                if group.is_empty() {
                    // Cannot happen (the first person's slot is open for them); never loop.
                    group.push(chosen.remove(0));
                }
                if !self.in_range(at) {
                    continue;
                }
                group.sort_by_key(|(p, _)| p.id);
                let ids: Vec<i64> = group.iter().map(|(p, _)| p.id).collect();
                let id = OccurrenceId::KeepInTouch {
                    date: d,
                    people: ids.clone(),
                }
                .to_string();
                let say = match group.as_slice() {
                    [(p, _)] => Say::KeepInTouchOne {
                        name: &p.name,
                        days_since: p.last_contact.map(|l| (ld - l).num_days()),
                    },
                    many => Say::KeepInTouchMany(many.iter().map(|(p, _)| p.name.as_str()).collect()),
                };
                self.push(
                    id,
                    ReminderKind::KeepInTouch,
                    at,
                    say,
                    &[ActionKind::Done, ActionKind::Snooze, ActionKind::Skip],
                    Refers {
                        person_ids: ids,
                        ..Refers::default()
                    },
                    false,
                    true,
                );
            }
        }
    }

    /// Meetings: the lead time before each start, the start in the meeting's own zone.
    fn meetings(&mut self) {
        let lead_min = self.s.settings.meeting_lead_minutes;
        let lead = Duration::minutes(i64::from(lead_min));
        let s = self.s;
        for g in &s.groups {
            for m in &g.meetings {
                let (Some(start_min), Ok(mtz)) = (m.start, m.timezone.parse::<Tz>()) else {
                    continue;
                };
                for start in m.occurrences(self.from + lead, self.to + lead) {
                    let nominal = start - lead;
                    let end = start + Duration::minutes(i64::from(m.duration_minutes.max(1)));
                    let id = OccurrenceId::Meeting {
                        meeting_id: m.id,
                        date: local_date(start, mtz),
                        time: start_min,
                    }
                    .to_string();
                    let refers = Refers {
                        group_id: Some(g.id),
                        meeting_id: Some(m.id),
                        network_id: g.network_id,
                        ..Refers::default()
                    };
                    let fire = out_of_quiet(nominal, self.zone, self.quiet());
                    if fire >= end {
                        if end > self.now {
                            self.held.push(Held {
                                id,
                                kind: ReminderKind::Meeting,
                                reason: Message::new(MessageId::HeldMeetingQuiet),
                                refers,
                            });
                        }
                        continue;
                    }
                    let (_, local_start) = local_day_minute(start, self.zone);
                    let attended = s.attended.contains(&(g.id, local_date(start, self.zone)));
                    self.push(
                        id,
                        ReminderKind::Meeting,
                        fire,
                        Say::Meeting {
                            group: &g.name,
                            lead: lead_min,
                            start: local_start,
                        },
                        &[ActionKind::Done, ActionKind::Snooze, ActionKind::Skip],
                        refers,
                        attended,
                        true,
                    );
                }
            }
        }
    }

    /// Goals: one nudge per period not yet met, at 18:00 on the first day the goal is behind
    /// pace with half the period gone (the same rule as "at risk"), or the next evening still
    /// ahead. Future periods are assumed to start from zero.
    fn goals(&mut self) {
        let s = self.s;
        let to_day = local_date(self.to, self.zone);
        for gp in &s.goals {
            let g = &gp.goal;
            // "Check in every day" is what the daily check-in reminder already asks for that
            // evening; a second nudge two hours earlier would only nag.
            if g.kind == CheckinKind::Daily && g.period == Period::Day && !s.settings.checkin_times.is_empty() {
                continue;
            }
            let mut period = (gp.period_start, gp.period_end + Duration::days(1), gp.count);
            let mut guard = 0;
            while period.0 <= to_day && guard < 400 {
                guard += 1;
                let (start, end, count) = period;
                period = (end, crate::goals::next_period(end, g.period), 0);
                if count >= g.target || g.start_date >= end {
                    continue;
                }
                let len = (end - start).num_days().max(1) as f64;
                let pace = (f64::from(count) / f64::from(g.target.max(1))).max(0.5);
                let first = ((pace * len - f64::from(GOAL_TIME) / 1440.0).ceil()).max(0.0) as i64;
                let fire = days(start + Duration::days(first), end - Duration::days(1))
                    .map(|d| out_of_quiet(resolve_local(d, GOAL_TIME, self.zone), self.zone, self.quiet()))
                    .find(|at| *at > self.now);
                let Some(fire) = fire else { continue };
                if !self.in_range(fire) {
                    continue;
                }
                self.push(
                    OccurrenceId::Goal {
                        goal_id: g.id,
                        period_start: start,
                    }
                    .to_string(),
                    ReminderKind::Goal,
                    fire,
                    Say::Goal {
                        title: &g.title,
                        count,
                        target: g.target,
                        period: g.period,
                        last_day: end - Duration::days(1),
                    },
                    &[ActionKind::Snooze, ActionKind::Skip],
                    Refers {
                        person_ids: g.person_id.into_iter().collect(),
                        group_id: g.group_id,
                        goal_id: Some(g.id),
                        network_id: Some(g.network_id),
                        ..Refers::default()
                    },
                    false,
                    false,
                );
            }
        }
    }

    /// Milestones: 09:00 on the day.
    fn milestones(&mut self) {
        let s = self.s;
        let (d0, d1) = self.local_days();
        for (nid, name, since) in &s.networks {
            for n in 0..1000 {
                let Some(m) = crate::milestones::nth(*since, n) else {
                    break;
                };
                if m.date > d1 {
                    break;
                }
                if m.date < d0 {
                    continue;
                }
                let nominal = resolve_local(m.date, MILESTONE_TIME, self.zone);
                if !self.in_range(nominal) {
                    continue;
                }
                self.push(
                    OccurrenceId::Milestone {
                        network_id: *nid,
                        date: m.date,
                    }
                    .to_string(),
                    ReminderKind::Milestone,
                    out_of_quiet(nominal, self.zone, self.quiet()),
                    Say::Milestone {
                        network: name,
                        span: m.span(),
                        since: *since,
                    },
                    &[ActionKind::Skip],
                    Refers {
                        network_id: Some(*nid),
                        ..Refers::default()
                    },
                    false,
                    false,
                );
            }
        }
    }

    /// Gratitude: 12:00 the day after a contact in which the user received support.
    fn gratitude(&mut self) {
        let s = self.s;
        for r in &s.received {
            let day = r.local_date + Duration::days(1);
            let nominal = resolve_local(day, GRATITUDE_TIME, self.zone);
            if !self.in_range(nominal) {
                continue;
            }
            self.push(
                OccurrenceId::Gratitude {
                    date: day,
                    person_id: r.person_id,
                }
                .to_string(),
                ReminderKind::Gratitude,
                out_of_quiet(nominal, self.zone, self.quiet()),
                Say::Gratitude { name: &r.name },
                &[ActionKind::Snooze, ActionKind::Skip],
                Refers {
                    person_ids: vec![r.person_id],
                    ..Refers::default()
                },
                false,
                true,
            );
        }
    }
}

/// Whether `minute` on weekday `wd` is allowed for this person.
fn allowed(p: &KitPerson, quiet: Option<QuietHours>, wd: u8, minute: Minutes) -> bool {
    window_open(&p.windows, wd, minute) && !quiet.is_some_and(|q| q.contains(minute))
}

/// A keep-in-touch person with, per weekday (0 = Sunday), the minutes a reminder may try in
/// order: the allowed left edges from 10:00 on, then the earlier ones. Empty = no open minute.
struct Reach<'a> {
    p: &'a KitPerson,
    tries: [Vec<Minutes>; 7],
}

impl<'a> Reach<'a> {
    fn new(p: &'a KitPerson, quiet: Option<QuietHours>) -> Self {
        let mut tries: [Vec<Minutes>; 7] = Default::default();
        for (wd, out) in (0u8..).zip(tries.iter_mut()) {
            // Every left edge of an allowed stretch is one of these.
            let mut c = vec![0, KEEP_IN_TOUCH_TIME];
            c.extend(quiet.map(|q| q.end));
            c.extend(p.windows.iter().filter(|w| w.weekday == wd).map(|w| w.start));
            c.retain(|m| allowed(p, quiet, wd, *m));
            c.sort_unstable_by_key(|m| (*m < KEEP_IN_TOUCH_TIME, *m));
            c.dedup();
            *out = c;
        }
        Reach { p, tries }
    }

    /// The first allowed instant on local day `d`, from 10:00 on if there is one, else earlier
    /// that day; checked after DST resolution so a gap can never push it outside the window.
    fn slot(&self, d: NaiveDate, zone: Tz, quiet: Option<QuietHours>) -> Option<DateTime<Utc>> {
        let wd = weekday_num(d.weekday());
        self.tries[usize::from(wd)].iter().find_map(|&m| {
            let at = resolve_local(d, m, zone);
            let (ld, lm) = local_day_minute(at, zone);
            (ld == d && allowed(self.p, quiet, wd, lm)).then_some(at)
        })
    }
}

/// Every occurrence with its nominal time in `[from, to)` (goals: their next evening ahead of
/// `now`), optionally of one kind only, plus what cannot be placed.
pub(crate) fn generate(
    s: &Snapshot,
    now: DateTime<Utc>,
    zone: Tz,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    kind: Option<ReminderKind>,
) -> (Vec<Occ<'_>>, Vec<Held>) {
    let mut g = Gen {
        s,
        now,
        zone,
        from,
        to,
        out: Vec::new(),
        held: Vec::new(),
    };
    let want = |k: ReminderKind| kind.is_none_or(|x| x == k);
    if want(ReminderKind::DailyCheckin) {
        g.daily();
    }
    if want(ReminderKind::KeepInTouch) {
        g.keep_in_touch();
    }
    if want(ReminderKind::Meeting) {
        g.meetings();
    }
    if want(ReminderKind::Goal) {
        g.goals();
    }
    if want(ReminderKind::Milestone) {
        g.milestones();
    }
    if want(ReminderKind::Gratitude) && s.settings.gratitude {
        g.gratitude();
    }
    (g.out, g.held)
}

/// Applies what the user did: done/skipped → gone, snoozed → moved (out of quiet hours too).
fn settle<'a>(s: &Snapshot, mut o: Occ<'a>, zone: Tz) -> Option<Occ<'a>> {
    if o.satisfied {
        return None;
    }
    match s.handled.get(&o.n.id) {
        Some(Handled::Done | Handled::Skipped) => None,
        Some(Handled::Snoozed(until)) => {
            o.n.fire_at = out_of_quiet(*until, zone, s.settings.quiet_hours);
            Some(o)
        }
        None => Some(o),
    }
}

/// Whether the OS was already given this occurrence and it fired (a snooze re-arms it).
fn already_fired(s: &Snapshot, n: &Notification, now: DateTime<Utc>) -> bool {
    match s.ledger.get(&n.id) {
        Some((at, _)) if *at <= now => !matches!(s.handled.get(&n.id), Some(Handled::Snoozed(u)) if *u > *at),
        _ => false,
    }
}

/// Nearest first; the id breaks ties so the order never depends on generation order.
fn by_fire_time(a: &Occ, b: &Occ) -> std::cmp::Ordering {
    a.n.fire_at.cmp(&b.n.fire_at).then_with(|| a.n.id.cmp(&b.n.id))
}

/// The plan: future notifications within `horizon_days`, nearest first, at most `max_pending`.
pub(crate) fn plan(s: &Snapshot, now: DateTime<Utc>, zone: Tz, horizon_days: u32, max_pending: u32) -> Plan {
    let horizon = i64::from(horizon_days.clamp(1, MAX_HORIZON_DAYS));
    let to = now + Duration::days(horizon);
    let from = now - Duration::hours(LOOKBACK_HOURS);
    let (occs, held) = generate(s, now, zone, from, to, None);
    let mut kept: Vec<Occ> = occs
        .into_iter()
        .filter_map(|o| settle(s, o, zone))
        .filter(|o| o.n.fire_at > now && o.n.fire_at < to && !already_fired(s, &o.n, now))
        .collect();
    kept.sort_by(by_fire_time);
    let max = max_pending as usize;
    let left_out = kept.len().saturating_sub(max);
    kept.truncate(max);
    let notifications: Vec<Notification> = kept.into_iter().map(|o| o.finish(zone, &s.settings)).collect();
    // Replan daily at the latest; sooner when the list was cut, before the last one fires.
    let mut replan_by = now + Duration::hours(24);
    if left_out > 0 {
        let edge = notifications.last().map_or(now, |n| n.fire_at - Duration::minutes(1));
        replan_by = replan_by.min(edge.max(now));
    }
    Plan {
        generated_at: now,
        zone: zone.name().to_string(),
        notifications,
        replan_by: replan_by.with_nanosecond(0).unwrap_or(replan_by),
        left_out: left_out as u32,
        held,
    }
}

/// Reminders handed to the OS whose time passed within the last [`MISSED_HOURS`] without being
/// handled or answered (the phone was off, notifications were blocked), oldest first. Only what
/// was actually scheduled counts: someone who sets Tend up at 10:00 is not greeted by an 08:00
/// check-in they "missed", nor by a meeting reminder from before they added the group.
pub(crate) fn missed(s: &Snapshot, now: DateTime<Utc>, zone: Tz) -> Vec<Notification> {
    let since = now - Duration::hours(MISSED_HOURS);
    let (occs, _) = generate(s, now, zone, now - Duration::hours(LOOKBACK_HOURS), now, None);
    let mut out: Vec<Occ> = occs
        .into_iter()
        .filter(|o| o.missable && s.ledger.contains_key(&o.n.id))
        .filter_map(|o| settle(s, o, zone))
        .filter(|o| o.n.fire_at >= since && o.n.fire_at <= now)
        .collect();
    out.sort_by(by_fire_time);
    out.into_iter().map(|o| o.finish(zone, &s.settings)).collect()
}
