//! `tend meetings`: the meeting directory — public meeting lists (sources) fetched and kept fresh,
//! import a feed, search it, look at one meeting, join or leave, and what starts soon.

use std::cell::Cell;
use std::fs::File;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use clap::Subcommand;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use tend_core::Error;
use tend_core::directory::sources::fetch::FetchLimits;
use tend_core::directory::sources::{MeetingSource, NewSource, RefreshOutcome, RefreshReport, SourceKind};
use tend_core::directory::{DayFilter, DirectoryMeeting, GeoPoint, SearchQuery, SoonMeeting, type_names};
use tend_core::exchange::ImportReport;
use tend_core::time::{parse_hhmm, weekday_name};

use crate::ctx::Ctx;

/// Feeds bigger than this get a progress bar (on a terminal).
const PROGRESS_FROM_BYTES: u64 = 100_000;

#[derive(Subcommand)]
pub enum MeetingsCmd {
    /// Import a Meeting Guide JSON feed into the meeting directory (not your groups: nothing is
    /// reminded until you join). Importing a feed of the same name again replaces its meetings.
    /// Records without a time zone use --tz; without it they are skipped, never guessed.
    Import {
        /// The feed (a JSON array of meetings).
        #[arg(value_name = "FEED.json")]
        file: PathBuf,
        /// The feed's name [default: the file's name without its extension].
        #[arg(long = "feed", value_name = "NAME")]
        feed_name: Option<String>,
    },
    /// Find meetings: near a place, on a day, in a time window, by type, online, by words.
    Search {
        /// Near this place, "LATITUDE,LONGITUDE" (nearest first; online-only meetings are not placed).
        #[arg(long, allow_hyphen_values = true, value_name = "LAT,LNG")]
        near: Option<String>,
        /// Radius around --near, in km [default: 25].
        #[arg(long, value_name = "KM")]
        within: Option<f64>,
        /// 0-6 (0 = Sunday), a weekday name, today or tomorrow (the meeting's own day).
        #[arg(long)]
        day: Option<String>,
        /// Starting at or after HH:MM, in the meeting's own zone.
        #[arg(long, value_name = "HH:MM")]
        from: Option<String>,
        /// Starting at or before HH:MM, in the meeting's own zone.
        #[arg(long, value_name = "HH:MM")]
        to: Option<String>,
        /// A meeting type, by code (O, C, ONL) or name ("Open"); repeatable, all must match.
        #[arg(long = "type", value_name = "CODE")]
        types: Vec<String>,
        /// Only meetings you can join online (link or phone).
        #[arg(long)]
        online: bool,
        /// Words in the name, location, address or region.
        #[arg(long, value_name = "Q")]
        text: Option<String>,
        /// At most this many results [default: 50].
        #[arg(long, value_name = "N")]
        limit: Option<u32>,
        /// Language for type names (en, es, fr, …) [default: from LANG].
        #[arg(long)]
        lang: Option<String>,
    },
    /// Everything the directory knows about one meeting.
    Show {
        /// The meeting's id (from search).
        id: i64,
    },
    /// Make a directory meeting one of your groups, with reminders.
    Join {
        /// The meeting's id (from search).
        id: i64,
        /// The network it belongs to (name or id).
        #[arg(long)]
        network: Option<String>,
        /// Join every meeting the feed lists for the same group, as one group.
        #[arg(long)]
        whole_group: bool,
    },
    /// Stop being in a group you joined from the directory (its meeting stays in the directory).
    Leave {
        /// The group (id or name).
        group: String,
    },
    /// Public meeting lists Tend knows: the ones you use (with when each was last updated), then
    /// the catalog's. With --near, only catalog lists whose area holds that place (the place is
    /// used here and sent nowhere).
    Sources {
        #[arg(long, allow_hyphen_values = true, value_name = "LAT,LNG")]
        near: Option<String>,
        /// One fellowship: AA, NA, … or its name ("Narcotics Anonymous").
        #[arg(long, value_name = "NAME")]
        fellowship: Option<String>,
    },
    /// Add or remove a meeting list of your own.
    #[command(subcommand)]
    Source(SourceCmd),
    /// Fetch the lists you use (or one, by id: a catalog id takes it into use) and bring the
    /// directory up to date. A list that fails keeps its last good copy.
    Refresh {
        /// A source id (from `tend meetings sources`).
        source: Option<String>,
        /// For an NA (BMLT) catalog list, which is asked by area: only the ~50 km grid cell
        /// around this place is sent.
        #[arg(long, allow_hyphen_values = true, value_name = "LAT,LNG")]
        near: Option<String>,
    },
    /// Meetings starting in the next two hours: online ones, and in-person ones near --near (or
    /// near where you last searched).
    Soon {
        #[arg(long, allow_hyphen_values = true, value_name = "LAT,LNG")]
        near: Option<String>,
        /// At most this many.
        #[arg(long, default_value_t = 10)]
        limit: u32,
    },
}

#[derive(Subcommand)]
pub enum SourceCmd {
    /// Add a meeting list by address: a feed, a TSML site's home page (its feed is found from the
    /// page), or with --bmlt a BMLT root server and --service a service body. Its meetings are
    /// read at once.
    Add {
        /// The feed's or the site's address (https://…).
        #[arg(required_unless_present = "bmlt", conflicts_with = "bmlt")]
        url: Option<String>,
        /// A BMLT root server (https://…/main_server/).
        #[arg(long, value_name = "ROOT", requires = "service")]
        bmlt: Option<String>,
        /// The BMLT service body to ask for.
        #[arg(long, value_name = "ID", requires = "bmlt")]
        service: Option<i64>,
        /// The name to show [default: the site's host name].
        #[arg(long)]
        name: Option<String>,
        /// AA, NA, … [default: AA for a feed, NA for BMLT].
        #[arg(long)]
        fellowship: Option<String>,
    },
    /// Stop using a list: its meetings leave the directory; groups you joined from it stay yours.
    Remove {
        /// The source id.
        id: String,
    },
}

/// "3 days ago", "2 hours ago", "just now".
fn ago(now: chrono::DateTime<chrono::Utc>, then: chrono::DateTime<chrono::Utc>) -> String {
    let mins = (now - then).num_minutes().max(0);
    let (n, unit) = match mins {
        0 => return "just now".into(),
        1..=59 => (mins, "minute"),
        60..=1439 => (mins / 60, "hour"),
        _ => (mins / 1440, "day"),
    };
    format!("{n} {unit}{} ago", if n == 1 { "" } else { "s" })
}

fn render_sources(list: &[MeetingSource], now: chrono::DateTime<chrono::Utc>) -> String {
    if list.is_empty() {
        return "No meeting lists for that place or fellowship. Add one: tend meetings source add URL".into();
    }
    list.iter()
        .map(|s| {
            let kind = match s.kind {
                SourceKind::Tsml => "feed",
                SourceKind::Bmlt => "BMLT",
            };
            let mut line = format!("{}  {} ({}, {kind})", s.id, s.name, s.fellowship);
            if let Some(r) = &s.region {
                line.push_str(&format!(" — {r}"));
            }
            match &s.status {
                None => line.push_str("\n        not in use"),
                Some(st) => {
                    line.push_str(&format!("\n        in use, {} meetings", st.meetings));
                    match st.fetched_at {
                        Some(t) => line.push_str(&format!(", updated {}", ago(now, t))),
                        None => line.push_str(", never updated"),
                    }
                    if let (Some(f), Some(t)) = (st.failure, st.checked_at) {
                        line.push_str(&format!("\n        last refresh failed {}: {}", ago(now, t), f.words()));
                    }
                }
            }
            if let Some(p) = &s.provenance {
                line.push_str(&format!("\n        {p}"));
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn render_refresh(r: &RefreshReport) -> String {
    match (r.outcome, &r.import, r.failure) {
        (RefreshOutcome::Updated, Some(i), _) => report_text(&r.source_id, i),
        (RefreshOutcome::Failed, _, Some(f)) => format!(
            "{}: refresh failed: {}. The last good list stays{}",
            r.source_id,
            f.words(),
            if r.fetched_at.is_some() {
                ""
            } else {
                " (there is none yet)"
            }
        ),
        _ => format!("{}: unchanged", r.source_id),
    }
}

/// A reader that counts the bytes read, for the progress bar.
struct Counting<R> {
    inner: R,
    read: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.set(self.read.get() + n as u64);
        Ok(n)
    }
}

fn report_text(feed: &str, r: &ImportReport) -> String {
    let mut s = format!(
        "Meeting directory, feed \"{feed}\": {} new, {} updated, {} unchanged, {} removed, {} inactive, {} skipped",
        r.created, r.updated, r.unchanged, r.removed, r.inactive, r.skipped_count
    );
    if r.joined_updated + r.joined_unlisted > 0 {
        s.push_str(&format!(
            "\nYour joined groups: {} updated, {} no longer listed (kept)",
            r.joined_updated, r.joined_unlisted
        ));
    }
    for k in &r.skipped {
        let slug = k.slug.as_deref().map(|s| format!(" (slug {s})")).unwrap_or_default();
        s.push_str(&format!("\n  record {}{}: {}", k.index, slug, k.reason));
    }
    if r.skipped_count as usize > r.skipped.len() {
        s.push_str(&format!(
            "\n  … and {} more",
            r.skipped_count as usize - r.skipped.len()
        ));
    }
    s
}

fn feed_name_of(file: &Path) -> String {
    file.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "feed".to_string())
}

/// The user's language for type names: --lang, else LANG's language part, else English.
fn language(lang: Option<String>) -> String {
    lang.or_else(|| std::env::var("LANG").ok())
        .map(|l| l.split(['_', '.', '-']).next().unwrap_or("").to_ascii_lowercase())
        .filter(|l| l.len() == 2)
        .unwrap_or_else(|| "en".to_string())
}

fn slot_text(m: &DirectoryMeeting) -> String {
    match (m.weekday, &m.time, &m.end_time) {
        (Some(d), Some(t), Some(e)) => format!("{} {t}–{e}", weekday_name(d)),
        (Some(d), Some(t), None) => format!("{} {t}", weekday_name(d)),
        _ => "by appointment".to_string(),
    }
}

fn render_search(list: &[DirectoryMeeting], lang: &str) -> String {
    if list.is_empty() {
        return "No meetings found. Try a wider --within, fewer filters, or import a feed: tend meetings import FEED.json"
            .into();
    }
    list.iter()
        .map(|m| {
            let mut s = format!("{:>6}  {}  {}", m.id, slot_text(m), m.name);
            if let Some(d) = m.distance_km {
                s.push_str(&format!(" ({d:.1} km)"));
            }
            let place = match (&m.location, &m.address) {
                (Some(l), Some(a)) => Some(format!("{l}, {a}")),
                (l, a) => l.clone().or(a.clone()),
            };
            if let Some(p) = place {
                s.push_str(&format!("\n        at {p}"));
            }
            if let Some(u) = m.online_url.as_ref().or(m.online_phone.as_ref()) {
                s.push_str(&format!("\n        online {u}"));
            }
            if !m.types.is_empty() {
                s.push_str(&format!("\n        {}", type_names(&m.types, lang).join(", ")));
            }
            s.push_str(&format!("\n        {} time · feed {}", m.timezone, m.feed));
            if let Some(g) = m.joined_group_id {
                s.push_str(&format!(" · one of your groups ({g})"));
            }
            s
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Meetings starting soon, for `meetings soon`, Today and SOS.
pub fn render_soon(list: &[SoonMeeting]) -> Vec<String> {
    list.iter()
        .map(|m| {
            let how = match (&m.online_url, &m.online_phone, &m.address, m.distance_km) {
                (Some(u), _, _, _) => format!("online {u}"),
                (None, Some(p), _, _) => format!("by phone {p}"),
                (None, None, a, d) => format!(
                    "{}{}",
                    a.as_deref().or(m.location.as_deref()).unwrap_or("in person"),
                    d.map(|d| format!(" ({d:.1} km)")).unwrap_or_default()
                ),
            };
            format!("  • in {} min ({}) {} — {how}", m.minutes_until, m.local_start, m.name)
        })
        .collect()
}

fn hhmm(field: &str, s: Option<String>) -> Result<Option<u16>, Error> {
    s.map(|s| parse_hhmm(field, &s)).transpose()
}

pub fn meetings(ctx: &Ctx, cmd: MeetingsCmd, explicit_tz: Option<&str>) -> Result<(), Error> {
    match cmd {
        MeetingsCmd::Import { file, feed_name } => {
            let feed = feed_name.unwrap_or_else(|| feed_name_of(&file));
            // A feed's zone is never guessed: only the zone the user gave (--tz or TEND_TZ).
            let tz = explicit_tz.map(|z| tend_core::time::parse_zone("tz", z)).transpose()?;
            let f = File::open(&file)?;
            let size = f.metadata().map(|m| m.len()).unwrap_or(0);
            let store = ctx.open()?;
            let bar = if std::io::stderr().is_terminal() && size > PROGRESS_FROM_BYTES {
                let b = ProgressBar::with_draw_target(Some(size), ProgressDrawTarget::stderr());
                if let Ok(style) = ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {msg} {elapsed}") {
                    b.set_style(style);
                }
                b
            } else {
                ProgressBar::hidden()
            };
            let read = Rc::new(Cell::new(0u64));
            let reader = Counting {
                inner: f,
                read: read.clone(),
            };
            let report = store.import_directory_with_progress(&feed, reader, tz, ctx.now, &mut |records| {
                bar.set_position(read.get());
                bar.set_message(format!("{records} meetings"));
            });
            bar.finish_and_clear();
            let report = report?;
            ctx.print(&report, |r| report_text(&feed, r))
        }
        MeetingsCmd::Search {
            near,
            within,
            day,
            from,
            to,
            types,
            online,
            text,
            limit,
            lang,
        } => {
            let query = SearchQuery {
                near: near.as_deref().map(GeoPoint::parse).transpose()?,
                within_km: within,
                day: day.as_deref().map(DayFilter::parse).transpose()?,
                from: hhmm("from", from)?,
                to: hhmm("to", to)?,
                types,
                online,
                text,
                limit,
            };
            let store = ctx.open()?;
            let found = store.search_directory(&query, ctx.now)?;
            let lang = language(lang);
            ctx.print(&found, |list| render_search(list, &lang))
        }
        MeetingsCmd::Show { id } => {
            let store = ctx.open()?;
            let d = store.directory_meeting(id)?;
            ctx.print(&d, |d| {
                let lang = language(None);
                let mut s = render_search(&d.slots, &lang);
                s.push_str(&format!("\n        {}", d.attendance.as_str().replace('_', " ")));
                if let Some(g) = &d.group_name {
                    s.push_str(&format!("\n        group: {g}"));
                }
                if let Some(r) = &d.region {
                    s.push_str(&format!("\n        region: {r}"));
                }
                if let Some(n) = &d.notes {
                    s.push_str(&format!("\n        notes: {}", n.replace('\n', " / ")));
                }
                if let Some(u) = &d.updated {
                    s.push_str(&format!("\n        listing updated {u}"));
                }
                s
            })
        }
        MeetingsCmd::Join {
            id,
            network,
            whole_group,
        } => {
            let store = ctx.open()?;
            let network = network.map(|n| store.find_network(&n)).transpose()?;
            let g = store.join_directory_meeting(id, network.as_ref().map(|n| n.id), whole_group, ctx.now)?;
            ctx.print(&g, |g| {
                format!(
                    "Joined {} as group {} with {} weekly meeting(s){}; its reminders are in your plan",
                    g.name,
                    g.id,
                    g.meetings.iter().filter(|m| m.weekday.is_some()).count(),
                    network.as_ref().map(|n| format!(", in {}", n.name)).unwrap_or_default()
                )
            })
        }
        MeetingsCmd::Leave { group } => {
            let store = ctx.open()?;
            let g = store.find_group(&group)?;
            store.leave_directory_group(g.id)?;
            let out = serde_json::json!({ "group_id": g.id, "left": true });
            ctx.print(&out, |_| {
                format!("Left {} (group {}); its meeting stays in the directory", g.name, g.id)
            })
        }
        MeetingsCmd::Sources { near, fellowship } => {
            let near = near.as_deref().map(GeoPoint::parse).transpose()?;
            let store = ctx.open()?;
            let list = store.meeting_sources(near, fellowship.as_deref())?;
            ctx.print(&list, |l| render_sources(l, ctx.now))
        }
        MeetingsCmd::Source(SourceCmd::Add {
            url,
            bmlt,
            service,
            name,
            fellowship,
        }) => {
            let input = NewSource {
                url: bmlt.or(url).unwrap_or_default(),
                bmlt_service: service,
                name,
                fellowship,
                // Only the zone the user gave, as for imports: never guessed.
                timezone: explicit_tz.map(str::to_string),
            };
            let store = ctx.open()?;
            let (source, report) = store.add_meeting_source(&input, ctx.now, &FetchLimits::default())?;
            let out = serde_json::json!({ "source": source, "refresh": report });
            ctx.print(&out, |_| {
                format!(
                    "Added {} as {} ({})\n{}",
                    source.name,
                    source.id,
                    source.url,
                    render_refresh(&report)
                )
            })
        }
        MeetingsCmd::Source(SourceCmd::Remove { id }) => {
            let store = ctx.open()?;
            let report = store.remove_meeting_source(&id, ctx.now)?;
            ctx.print(&report, |r| {
                let mut s = format!("Removed {id}: {} meetings left the directory", r.removed);
                if r.joined_unlisted > 0 {
                    s.push_str(&format!(
                        "; {} of your groups stay yours, marked no longer listed",
                        r.joined_unlisted
                    ));
                }
                s
            })
        }
        MeetingsCmd::Refresh { source, near } => {
            let near = near.as_deref().map(GeoPoint::parse).transpose()?;
            let store = ctx.open()?;
            let limits = FetchLimits::default();
            let reports = match source {
                Some(id) => vec![store.refresh_meeting_source(&id, near, ctx.now, &limits)?],
                None => store.refresh_meeting_sources(ctx.now, &limits)?,
            };
            ctx.print(&reports, |rs| {
                if rs.is_empty() {
                    return "No meeting lists in use. See them with: tend meetings sources --near LAT,LNG".into();
                }
                rs.iter().map(render_refresh).collect::<Vec<_>>().join("\n")
            })
        }
        MeetingsCmd::Soon { near, limit } => {
            let near = near.as_deref().map(GeoPoint::parse).transpose()?;
            let store = ctx.open()?;
            if let Some(p) = near {
                store.remember_place(p)?;
            }
            let list = store.meetings_soon(ctx.now, ctx.tz, near, limit)?;
            ctx.print(&list, |l| {
                if l.is_empty() {
                    return "No directory meeting starts in the next two hours (online, or near where you searched)."
                        .into();
                }
                let mut out = vec!["Starting soon:".to_string()];
                out.extend(render_soon(l));
                out.join("\n")
            })
        }
    }
}
