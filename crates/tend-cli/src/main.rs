//! `tend`: Tend's desktop companion. Everything the phone app does, from a terminal — for
//! demos, scripting and tests. Errors print one line and exit non-zero; never a backtrace.

mod cmd;
mod ctx;
mod l10n;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use tend_core::Error;

use crate::ctx::Ctx;

/// Tend keeps your support network alive: people, needs, groups, check-ins and goals, in an
/// encrypted store on this device.
#[derive(Parser)]
#[command(name = "tend", version, about, max_term_width = 100)]
struct Cli {
    /// The database file [default: the platform data directory, tend/tend.db].
    #[arg(long, global = true, env = "TEND_DB")]
    db: Option<PathBuf>,
    /// The 32-byte key as 64 hex digits [default: tend.key beside the database, created with
    /// mode 0600 for a new store].
    #[arg(long, global = true, env = "TEND_KEY_FILE")]
    key_file: Option<PathBuf>,
    /// Machine-readable output (stable field names, see README).
    #[arg(long, global = true)]
    json: bool,
    /// Your IANA time zone [default: this device's].
    #[arg(long, global = true, env = "TEND_TZ")]
    tz: Option<String>,
    /// Act as if it were this instant (RFC 3339), for scripting and reproducible demos.
    #[arg(long, global = true, env = "TEND_NOW")]
    now: Option<String>,
    /// The language to speak: en, es, fr, pt-BR or de [default: TEND_LANG, else the locale
    /// (LC_ALL, LC_MESSAGES, LANG), else English].
    #[arg(long, global = true)]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write a realistic example store and show its Today.
    Demo(cmd::demo::DemoArgs),
    /// Parts of your life you build support for.
    #[command(subcommand)]
    Network(cmd::records::NetworkCmd),
    /// People in your support network.
    #[command(subcommand)]
    Person(cmd::records::PersonCmd),
    /// What support you need, and who covers it.
    #[command(subcommand)]
    Need(cmd::records::NeedCmd),
    /// Support groups and their weekly meetings.
    #[command(subcommand)]
    Group(cmd::records::GroupCmd),
    /// Log how you are, a contact, a meeting, gratitude; list the log.
    #[command(subcommand)]
    Checkin(cmd::log::CheckinCmd),
    /// Goals with an accountability partner.
    #[command(subcommand)]
    Goal(cmd::records::GoalCmd),
    /// Today: check-in, who to reach out to, meetings, goals at risk, milestones, gaps.
    Today,
    /// What each partner may see, the exact text they would get, your weekly summary to share.
    #[command(subcommand)]
    Partner(cmd::partner::PartnerCmd),
    /// Emergency contacts and crisis lines.
    Sos(cmd::views::SosArgs),
    /// Days so far and the next milestone, per network.
    Milestones,
    /// Support given and received, per person.
    Reciprocity(cmd::views::ReciprocityArgs),
    /// Reminder settings.
    #[command(subcommand)]
    Settings(cmd::views::SettingsCmd),
    /// The notification plan: what will remind you, and when.
    Plan(cmd::plan::PlanArgs),
    /// Answer a reminder: tend act ID done|skip|snooze MINUTES.
    Act(cmd::plan::ActArgs),
    /// Stay running and show each reminder when it is due (Ctrl-C to stop).
    Remind(cmd::plan::RemindArgs),
    /// Write a backup of everything (optionally encrypted).
    Export(cmd::exchange::ExportArgs),
    /// Restore a backup into an empty store (or --replace this one).
    Import(cmd::exchange::ImportArgs),
    /// The meeting directory: import feeds, find a meeting near you, join it, what starts soon.
    #[command(subcommand)]
    Meetings(cmd::meetings::MeetingsCmd),
    /// Your meetings (and reminders) as an iCalendar file.
    #[command(subcommand)]
    Calendar(cmd::exchange::CalendarCmd),
    /// Import people from a vCard file.
    #[command(subcommand)]
    Contacts(cmd::exchange::ContactsCmd),
    /// Delete the store and its key from this device, for good.
    Wipe(cmd::exchange::WipeArgs),
    /// Move a store that cannot be opened aside (renamed, never deleted) to start afresh.
    Quarantine,
    /// Read every page of the store and check it (damage exits 4).
    Check(cmd::demo::CheckArgs),
}

fn run(cli: Cli) -> Result<(), Error> {
    // The demo never touches the user's real store unless pointed at a path.
    let db = match (&cli.command, cli.db) {
        (Command::Demo(_), None) => Some(cmd::demo::fresh_path()?),
        (_, db) => db,
    };
    let explicit_tz = cli.tz.clone();
    let ctx = Ctx::new(
        db,
        cli.key_file,
        cli.json,
        cli.tz.as_deref(),
        cli.now.as_deref(),
        cli.lang.as_deref(),
    )?;
    let result = dispatch(&ctx, cli.command, explicit_tz);
    if result.is_err() {
        // Every store handle is closed by now; a failed first run leaves nothing on disk.
        ctx.undo_creation();
    }
    result
}

fn dispatch(ctx: &Ctx, command: Command, explicit_tz: Option<String>) -> Result<(), Error> {
    match command {
        Command::Demo(a) => cmd::demo::run(ctx, a),
        Command::Network(c) => cmd::records::network(ctx, c),
        Command::Person(c) => cmd::records::person(ctx, c),
        Command::Need(c) => cmd::records::need(ctx, c),
        Command::Group(c) => cmd::records::group(ctx, c),
        Command::Checkin(c) => cmd::log::checkin(ctx, c),
        Command::Goal(c) => cmd::records::goal(ctx, c),
        Command::Today => cmd::views::today(ctx),
        Command::Partner(c) => cmd::partner::partner(ctx, c),
        Command::Sos(a) => cmd::views::sos(ctx, a),
        Command::Milestones => cmd::views::milestones(ctx),
        Command::Reciprocity(a) => cmd::views::reciprocity(ctx, a),
        Command::Settings(c) => cmd::views::settings(ctx, c),
        Command::Plan(a) => cmd::plan::plan(ctx, a),
        Command::Act(a) => cmd::plan::act(ctx, a),
        Command::Remind(a) => cmd::plan::remind(ctx, a, explicit_tz.is_some()),
        Command::Export(a) => cmd::exchange::export(ctx, a),
        Command::Import(a) => cmd::exchange::import(ctx, a),
        Command::Meetings(c) => cmd::meetings::meetings(ctx, c, explicit_tz.as_deref()),
        Command::Calendar(c) => cmd::exchange::calendar(ctx, c),
        Command::Contacts(c) => cmd::exchange::contacts(ctx, c),
        Command::Quarantine => cmd::demo::quarantine(ctx),
        Command::Check(a) => cmd::demo::check(ctx, a),
        Command::Wipe(a) => cmd::exchange::wipe(ctx, a),
    }
}

/// Exit codes a script can act on: 2 bad input (or a conflicting repeat), 3 not found, 4 the
/// store cannot be used (wrong key, damaged, newer), 5 the partner channel's homeserver could not
/// be reached or refused, 1 anything else.
fn exit_code(e: &Error) -> u8 {
    match e {
        Error::InvalidInput { .. } | Error::Conflict { .. } => 2,
        Error::NotFound { .. } => 3,
        Error::CannotOpen { .. } | Error::WrongKey { .. } | Error::NewerSchema { .. } | Error::Corrupt { .. } => 4,
        Error::Channel { .. } => 5,
        Error::Storage(_) | Error::Io(_) => 1,
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = cli.lang.clone();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // The catalogs are parsed again only on the way out with an error.
            let words = l10n::Words::new(&l10n::locale_from_env(lang.as_deref()));
            eprintln!("tend: {}", ctx::printable(&worded(&words, &e)));
            ExitCode::from(exit_code(&e))
        }
    }
}

/// The error in the user's language where the core says why as a message (a refusal, a clash
/// with what is stored) or names what it could not find; the others as the core words them for
/// logs (their reasons come from the system: a file, SQLite, the homeserver).
fn worded(words: &l10n::Words, e: &Error) -> String {
    use l10n::s;
    match e {
        Error::InvalidInput { field, problem } => words.t(
            "error-invalid",
            &[("field", s(field.as_str())), ("problem", s(words.msg(problem)))],
        ),
        Error::Conflict { what, problem } => words.t(
            "error-conflict",
            &[("what", s(words.thing(what))), ("problem", s(words.msg(problem)))],
        ),
        Error::NotFound { what, id } if id == tend_core::error::BY_NAME => {
            words.t("error-not-found-by-name", &[("what", s(words.thing(what)))])
        }
        Error::NotFound { what, id } => words.t(
            "error-not-found",
            &[("what", s(words.thing(what))), ("id", s(id.as_str()))],
        ),
        other => other.to_string(),
    }
}
