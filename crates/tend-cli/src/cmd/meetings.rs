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
use tend_core::directory::sources::{
    FetchFailure, MeetingSource, NewSource, RefreshOutcome, RefreshReport, SourceKind,
};
use tend_core::directory::{DayFilter, DirectoryMeeting, GeoPoint, SearchQuery, SoonMeeting, type_names};
use tend_core::exchange::ImportReport;
use tend_core::time::parse_hhmm;

use crate::cmd::words;
use crate::ctx::Ctx;
use crate::l10n::{Words, n, s};

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
        /// Language for type names (en, es, fr, …) [default: the language tend speaks].
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

/// Why a meeting list could not be read, in words.
fn failure(w: &Words, f: FetchFailure) -> String {
    w.t(&format!("fetch-failure-{}", f.as_str().replace('_', "-")), &[])
}

fn render_sources(w: &Words, list: &[MeetingSource], now: chrono::DateTime<chrono::Utc>) -> String {
    if list.is_empty() {
        return w.t("sources-none", &[]);
    }
    list.iter()
        .map(|src| {
            let kind = match src.kind {
                SourceKind::Tsml => w.t("source-kind-feed", &[]),
                SourceKind::Bmlt => w.t("source-kind-bmlt", &[]),
            };
            let mut args = vec![
                ("id", s(src.id.clone())),
                ("name", s(src.name.clone())),
                ("fellowship", s(src.fellowship.clone())),
                ("kind", s(kind)),
            ];
            let mut line = match &src.region {
                Some(r) => {
                    args.push(("region", s(r.clone())));
                    w.t("source-line-region", &args)
                }
                None => w.t("source-line", &args),
            };
            match &src.status {
                None => line.push_str(&format!("\n        {}", w.t("source-not-in-use", &[]))),
                Some(st) => {
                    let state = match st.fetched_at {
                        Some(t) => w.t(
                            "source-in-use-updated",
                            &[("count", n(st.meetings as i64)), ("ago", s(words::ago(w, now, t)))],
                        ),
                        None => w.t("source-in-use-never", &[("count", n(st.meetings as i64))]),
                    };
                    line.push_str(&format!("\n        {state}"));
                    if let (Some(f), Some(t)) = (st.failure, st.checked_at) {
                        let failed = w.t(
                            "source-last-failed",
                            &[("ago", s(words::ago(w, now, t))), ("failure", s(failure(w, f)))],
                        );
                        line.push_str(&format!("\n        {failed}"));
                    }
                }
            }
            // Where the catalog found the list: its own record, as it was written.
            if let Some(p) = &src.provenance {
                line.push_str(&format!("\n        {p}"));
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn render_refresh(w: &Words, r: &RefreshReport) -> String {
    match (r.outcome, &r.import, r.failure) {
        (RefreshOutcome::Updated, Some(i), _) => report_text(w, &r.source_id, i),
        (RefreshOutcome::Failed, _, Some(f)) => w.t(
            if r.fetched_at.is_some() {
                "refresh-failed"
            } else {
                "refresh-failed-none-yet"
            },
            &[("id", s(r.source_id.clone())), ("failure", s(failure(w, f)))],
        ),
        _ => w.t("refresh-unchanged", &[("id", s(r.source_id.clone()))]),
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

fn report_text(w: &Words, feed: &str, r: &ImportReport) -> String {
    let mut out = w.t(
        "import-report",
        &[
            ("feed", s(feed)),
            ("created", n(r.created)),
            ("updated", n(r.updated)),
            ("unchanged", n(r.unchanged)),
            ("removed", n(r.removed)),
            ("inactive", n(r.inactive)),
            ("skipped", n(r.skipped_count)),
        ],
    );
    if r.joined_updated + r.joined_unlisted > 0 {
        out.push('\n');
        out.push_str(&w.t(
            "import-joined",
            &[("updated", n(r.joined_updated)), ("unlisted", n(r.joined_unlisted))],
        ));
    }
    for k in &r.skipped {
        let mut args = vec![("index", n(k.index)), ("reason", s(k.reason.clone()))];
        let line = match &k.slug {
            Some(slug) => {
                args.push(("slug", s(slug.clone())));
                w.t("import-record-slug", &args)
            }
            None => w.t("import-record", &args),
        };
        out.push_str(&format!("\n  {line}"));
    }
    if r.skipped_count as usize > r.skipped.len() {
        let more = r.skipped_count as usize - r.skipped.len();
        out.push_str(&format!("\n  {}", w.t("import-more", &[("count", n(more as i64))])));
    }
    out
}

fn feed_name_of(file: &Path) -> String {
    file.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "feed".to_string())
}

/// The language for meeting-type names: `--lang` given to the search, else the language the CLI
/// speaks (the type table reads any tag by its language: "pt-BR", "de_AT.UTF-8").
fn language(lang: Option<String>, w: &Words) -> String {
    lang.filter(|l| !l.trim().is_empty())
        .unwrap_or_else(|| w.lang().to_string())
}

fn slot_text(w: &Words, m: &DirectoryMeeting) -> String {
    match (m.weekday, &m.time, &m.end_time) {
        (Some(d), Some(t), Some(e)) => format!("{} {t}–{e}", words::weekday(w, d)),
        (Some(d), Some(t), None) => format!("{} {t}", words::weekday(w, d)),
        _ => w.t("group-by-appointment", &[]),
    }
}

fn render_search(w: &Words, list: &[DirectoryMeeting], lang: &str) -> String {
    if list.is_empty() {
        return w.t("search-none", &[]);
    }
    list.iter()
        .map(|m| {
            let mut out = format!("{:>6}  {}  {}", m.id, slot_text(w, m), m.name);
            if let Some(d) = m.distance_km {
                out.push_str(&format!(" {}", w.t("search-distance", &[("km", s(words::km(w, d)))])));
            }
            let place = match (&m.location, &m.address) {
                (Some(l), Some(a)) => Some(format!("{l}, {a}")),
                (l, a) => l.clone().or(a.clone()),
            };
            if let Some(p) = place {
                out.push_str(&format!("\n        {}", w.t("search-at", &[("place", s(p))])));
            }
            if let Some(u) = m.online_url.as_ref().or(m.online_phone.as_ref()) {
                out.push_str(&format!("\n        {}", w.t("search-online", &[("url", s(u.clone()))])));
            }
            if !m.types.is_empty() {
                out.push_str(&format!("\n        {}", type_names(&m.types, lang).join(", ")));
            }
            let mut args = vec![("zone", s(m.timezone.clone())), ("feed", s(m.feed.clone()))];
            let zone = match m.joined_group_id {
                Some(g) => {
                    args.push(("group", n(g)));
                    w.t("search-zone-joined", &args)
                }
                None => w.t("search-zone", &args),
            };
            out.push_str(&format!("\n        {zone}"));
            out
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Meetings starting soon, for `meetings soon`, Today and SOS.
pub fn render_soon(w: &Words, list: &[SoonMeeting]) -> Vec<String> {
    list.iter()
        .map(|m| {
            let mut args = vec![
                ("minutes", n(m.minutes_until)),
                ("start", s(m.local_start.clone())),
                ("name", s(m.name.clone())),
            ];
            let id = match (&m.online_url, &m.online_phone, &m.address, m.distance_km) {
                (Some(u), _, _, _) => {
                    args.push(("url", s(u.clone())));
                    "soon-online"
                }
                (None, Some(p), _, _) => {
                    args.push(("phone", s(p.clone())));
                    "soon-phone"
                }
                (None, None, a, d) => {
                    if let Some(d) = d {
                        args.push(("km", s(words::km(w, d))));
                    }
                    match (a.as_deref().or(m.location.as_deref()), d.is_some()) {
                        (Some(place), near) => {
                            args.push(("place", s(place)));
                            if near { "soon-place-distance" } else { "soon-place" }
                        }
                        (None, true) => "soon-in-person-distance",
                        (None, false) => "soon-in-person",
                    }
                }
            };
            format!("  • {}", w.t(id, &args))
        })
        .collect()
}

fn hhmm(field: &str, s: Option<String>) -> Result<Option<u16>, Error> {
    s.map(|s| parse_hhmm(field, &s)).transpose()
}

pub fn meetings(ctx: &Ctx, cmd: MeetingsCmd, explicit_tz: Option<&str>) -> Result<(), Error> {
    let w = &ctx.words;
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
                bar.set_message(w.t("import-progress", &[("count", n(records as i64))]));
            });
            bar.finish_and_clear();
            let report = report?;
            ctx.print(&report, |r| report_text(w, &feed, r))
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
            let lang = language(lang, w);
            ctx.print(&found, |list| render_search(w, list, &lang))
        }
        MeetingsCmd::Show { id } => {
            let store = ctx.open()?;
            let d = store.directory_meeting(id)?;
            ctx.print(&d, |d| {
                let lang = language(None, w);
                let mut out = render_search(w, &d.slots, &lang);
                let mut more = vec![words::attendance(w, d.attendance)];
                if let Some(g) = &d.group_name {
                    more.push(w.t("show-group", &[("name", s(g.clone()))]));
                }
                if let Some(r) = &d.region {
                    more.push(w.t("show-region", &[("region", s(r.clone()))]));
                }
                if let Some(notes) = &d.notes {
                    more.push(w.t("show-notes", &[("notes", s(notes.replace('\n', " / ")))]));
                }
                if let Some(u) = &d.updated {
                    more.push(w.t("show-updated", &[("date", s(u.clone()))]));
                }
                for line in more {
                    out.push_str(&format!("\n        {line}"));
                }
                out
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
                let weekly = g.meetings.iter().filter(|m| m.weekday.is_some()).count();
                let mut args = vec![
                    ("name", s(g.name.clone())),
                    ("id", n(g.id)),
                    ("count", n(weekly as i64)),
                ];
                match &network {
                    Some(net) => {
                        args.push(("network", s(net.name.clone())));
                        w.t("meetings-joined-network", &args)
                    }
                    None => w.t("meetings-joined", &args),
                }
            })
        }
        MeetingsCmd::Leave { group } => {
            let store = ctx.open()?;
            let g = store.find_group(&group)?;
            store.leave_directory_group(g.id)?;
            let out = serde_json::json!({ "group_id": g.id, "left": true });
            ctx.print(&out, |_| {
                w.t("meetings-left", &[("name", s(g.name.clone())), ("id", n(g.id))])
            })
        }
        MeetingsCmd::Sources { near, fellowship } => {
            let near = near.as_deref().map(GeoPoint::parse).transpose()?;
            let store = ctx.open()?;
            let list = store.meeting_sources(near, fellowship.as_deref())?;
            ctx.print(&list, |l| render_sources(w, l, ctx.now))
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
                let added = w.t(
                    "source-added",
                    &[
                        ("name", s(source.name.clone())),
                        ("id", s(source.id.clone())),
                        ("url", s(source.url.clone())),
                    ],
                );
                format!("{added}\n{}", render_refresh(w, &report))
            })
        }
        MeetingsCmd::Source(SourceCmd::Remove { id }) => {
            let store = ctx.open()?;
            let report = store.remove_meeting_source(&id, ctx.now)?;
            ctx.print(&report, |r| {
                let mut args = vec![("id", s(id.clone())), ("count", n(r.removed))];
                if r.joined_unlisted > 0 {
                    args.push(("joined", n(r.joined_unlisted)));
                    w.t("source-removed-joined", &args)
                } else {
                    w.t("source-removed", &args)
                }
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
                    return w.t("refresh-none", &[]);
                }
                rs.iter().map(|r| render_refresh(w, r)).collect::<Vec<_>>().join("\n")
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
                    return w.t("soon-none", &[]);
                }
                let mut out = vec![w.t("soon-heading", &[])];
                out.extend(render_soon(w, l));
                out.join("\n")
            })
        }
    }
}
