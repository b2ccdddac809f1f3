//! Salvage by pages: every page of a damaged store read on its own, through SQLCipher's
//! decryption (SQLite's `sqlite_dbpage` table), and every row found on a page that reads back
//! whole, the way SQLite's recovery extension works. A damaged page costs only the rows stored on
//! it: a broken branch of a tree no longer hides the leaves below it, and a damaged schema page no
//! longer hides whole tables, because a leaf page is placed by the tree it hangs from or, when that
//! is lost, by its rows' shape and ids, with the tables known from Tend's own migrations.
//!
//! The rows found are written into an in-memory database built by the same migrations (up to the
//! store's version, then upgraded like an ordinary open), which the salvage then reads as it would
//! read a healthy store. The damaged file is only read. Holding the decrypted pages costs about
//! the file's size in memory, once, for a rare operation.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior, params_from_iter};

use crate::error::{Error, Result};
use crate::store::{files, is_corruption, schema};

/// The tables a backup is made from; the rows of every other table (the directory, reminders,
/// the partner channel's state) are device-local or downloaded again, and are not salvaged.
const SALVAGED: [&str; 14] = [
    "network",
    "person",
    "person_support",
    "contact_method",
    "contact_window",
    "network_member",
    "need",
    "support_group",
    "meeting",
    "group_member",
    "checkin",
    "goal",
    "setting",
    "partner_consent",
];

/// How the report names a table's records.
fn what(table: &str) -> &str {
    match table {
        "network" => "networks",
        "person" => "people",
        "person_support" => "kinds of support",
        "contact_method" => "contact methods",
        "contact_window" => "contact windows",
        "network_member" => "network memberships",
        "need" => "needs",
        "support_group" => "groups",
        "meeting" => "meetings",
        "group_member" => "group memberships",
        "checkin" => "check-ins",
        "goal" => "goals",
        "setting" => "settings",
        "partner_consent" => "sharing choices",
        other => other,
    }
}

/// The deepest b-tree walked; SQLite's own trees on a phone are a handful of levels deep.
const MAX_DEPTH: u32 = 30;

/// What a page scan recovered: an in-memory store with every row found, and what was lost.
pub(super) struct Scanned {
    pub conn: Connection,
    pub unreadable: Vec<String>,
}

/// The page reader: a read-only connection to the damaged file, opened afresh after each page
/// that fails (SQLCipher leaves a connection whose page failed its HMAC check in an error state).
struct Pages<'a> {
    db: &'a Path,
    key: &'a [u8],
    conn: Option<Connection>,
}

fn open(db: &Path, key: &[u8]) -> rusqlite::Result<Connection> {
    let wal = files::database_files(db).swap_remove(1);
    let query = if wal.exists() { "mode=ro" } else { "immutable=1" };
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(crate::store::uri(db, query), flags)?;
    conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
    crate::store::key_connection(&conn, key)?;
    // A damaged schema page must not stop every statement: with this set, SQLite treats the
    // schema as loaded whatever it could read (the recovery extension does the same). The
    // connection is read-only, so nothing can be written through it.
    conn.execute_batch("PRAGMA writable_schema = ON")?;
    Ok(conn)
}

/// Why reading a page gave nothing.
enum Miss {
    /// The page does not read back (its HMAC check failed): damaged.
    Damaged,
    /// This SQLite has no `sqlite_dbpage`: salvage must walk the tables instead.
    NoPageTable,
    Other(rusqlite::Error),
}

impl Pages<'_> {
    /// Page `n` as SQLCipher decrypts it. A page that fails its HMAC check comes back as zeros
    /// (and the connection fails the next read), so a page of zeros is taken as damaged: no page
    /// Tend's trees use is all zeros. A failed read is tried once more on a fresh connection, in
    /// case the failure was the previous page's.
    fn page(&mut self, n: u32) -> std::result::Result<Vec<u8>, Miss> {
        let mut tries = 0;
        loop {
            tries += 1;
            let conn = match self.conn.take() {
                Some(c) => c,
                None => open(self.db, self.key).map_err(Miss::Other)?,
            };
            let got = conn.query_row("SELECT data FROM sqlite_dbpage WHERE pgno = ?1", [n], |r| {
                r.get::<_, Vec<u8>>(0)
            });
            match got {
                Ok(data) if data.iter().all(|b| *b == 0) => return Err(Miss::Damaged),
                Ok(data) => {
                    self.conn = Some(conn);
                    return Ok(data);
                }
                Err(e) if is_corruption(&e) && tries < 2 => continue,
                Err(e) if is_corruption(&e) => return Err(Miss::Damaged),
                Err(e) if e.to_string().contains("no such table: sqlite_dbpage") => return Err(Miss::NoPageTable),
                // A page beyond the end, or one SQLite refuses for another reason: nothing there.
                Err(e) => return Err(Miss::Other(e)),
            }
        }
    }
}

fn be16(b: &[u8], at: usize) -> Option<usize> {
    Some(usize::from(u16::from_be_bytes(b.get(at..at + 2)?.try_into().ok()?)))
}

fn be32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// SQLite's variable-length integer at `at`: (value, bytes used).
fn varint(b: &[u8], at: usize) -> Option<(i64, usize)> {
    let mut v: u64 = 0;
    for i in 0..9 {
        let x = *b.get(at + i)?;
        if i == 8 {
            return Some((((v << 8) | u64::from(x)) as i64, 9));
        }
        v = (v << 7) | u64::from(x & 0x7f);
        if x & 0x80 == 0 {
            return Some((v as i64, i + 1));
        }
    }
    None
}

/// A b-tree page, as its header says.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    TableInterior,
    TableLeaf,
    IndexInterior,
    IndexLeaf,
}

impl Kind {
    fn of(b: u8) -> Option<Kind> {
        match b {
            0x05 => Some(Kind::TableInterior),
            0x0d => Some(Kind::TableLeaf),
            0x02 => Some(Kind::IndexInterior),
            0x0a => Some(Kind::IndexLeaf),
            _ => None,
        }
    }
    fn interior(self) -> bool {
        matches!(self, Kind::TableInterior | Kind::IndexInterior)
    }
    fn table(self) -> bool {
        matches!(self, Kind::TableInterior | Kind::TableLeaf)
    }
}

/// One cell of a b-tree page: its child (interior pages), its rowid or key (table pages), and its
/// record (leaf pages and index interior pages), whole or `None` when part of it is on an
/// overflow page that does not read back.
struct Cell {
    child: Option<u32>,
    rowid: Option<i64>,
    record: Option<Option<Vec<Value>>>,
}

/// The whole file, decrypted page by page.
struct File {
    usable: usize,
    /// Index `n - 1` holds page `n`; `None` for a page that does not read back.
    pages: Vec<Option<Vec<u8>>>,
    /// Pages read as overflow pages of some record: never taken for b-tree pages.
    overflow: BTreeSet<u32>,
}

impl File {
    fn get(&self, n: u32) -> Option<&[u8]> {
        self.pages.get(usize::try_from(n).ok()?.checked_sub(1)?)?.as_deref()
    }

    fn damaged(&self, n: u32) -> bool {
        let i = usize::try_from(n).ok().and_then(|n| n.checked_sub(1));
        matches!(i.and_then(|i| self.pages.get(i)), Some(None))
    }

    /// The page's kind and its cells, when it is a well-formed b-tree page.
    fn btree(&mut self, n: u32) -> Option<(Kind, Vec<Cell>, Option<u32>)> {
        let p = self.get(n)?.to_vec();
        let p = p.as_slice();
        let h = if n == 1 { 100 } else { 0 };
        let kind = Kind::of(*p.get(h)?)?;
        let count = be16(p, h + 3)?;
        let right = if kind.interior() { Some(be32(p, h + 8)?) } else { None };
        let start = h + if kind.interior() { 12 } else { 8 };
        if start + 2 * count > self.usable {
            return None;
        }
        let offsets: Vec<usize> = (0..count).map(|i| be16(p, start + 2 * i)).collect::<Option<_>>()?;
        let mut cells = Vec::with_capacity(count);
        for at in offsets {
            if at >= self.usable {
                return None;
            }
            cells.push(self.cell(p, kind, at)?);
        }
        Some((kind, cells, right))
    }

    fn cell(&mut self, p: &[u8], kind: Kind, at: usize) -> Option<Cell> {
        let mut i = at;
        let child = if kind.interior() {
            let c = be32(p, i)?;
            i += 4;
            Some(c)
        } else {
            None
        };
        if kind == Kind::TableInterior {
            let (key, _) = varint(p, i)?;
            return Some(Cell {
                child,
                rowid: Some(key),
                record: None,
            });
        }
        let (len, used) = varint(p, i)?;
        i += used;
        let rowid = if kind == Kind::TableLeaf {
            let (r, used) = varint(p, i)?;
            i += used;
            Some(r)
        } else {
            None
        };
        let len = usize::try_from(len).ok()?;
        let payload = self.payload(p, i, len, kind.table());
        Some(Cell {
            child,
            rowid,
            record: Some(payload.and_then(|b| record(&b))),
        })
    }

    /// A cell's payload of `len` bytes starting at `at` on page `p`, following its overflow
    /// chain; `None` when a page of the chain does not read back.
    fn payload(&mut self, p: &[u8], at: usize, len: usize, table: bool) -> Option<Vec<u8>> {
        let u = self.usable;
        let x = if table { u - 35 } else { (u - 12) * 64 / 255 - 23 };
        // Lengths come from the file: every sum is checked, so no value in it can make this panic.
        if len <= x {
            return p.get(at..at.checked_add(len)?).map(<[u8]>::to_vec);
        }
        let m = (u - 12) * 32 / 255 - 23;
        let k = m + (len - m) % (u - 4);
        let local = if k <= x { k } else { m };
        let mut out = p.get(at..at.checked_add(local)?)?.to_vec();
        let mut next = be32(p, at + local)?;
        let mut hops = 0;
        while out.len() < len {
            hops += 1;
            if next == 0 || hops > self.pages.len() {
                return None;
            }
            self.overflow.insert(next);
            let o = self.get(next)?;
            let take = (len - out.len()).min(u - 4);
            out.extend_from_slice(o.get(4..4 + take)?);
            next = be32(o, 0)?;
        }
        Some(out)
    }
}

/// A record's values, as SQLite's record format stores them (text is UTF-8: Tend never changes
/// the encoding).
fn record(b: &[u8]) -> Option<Vec<Value>> {
    let (header, mut i) = varint(b, 0)?;
    let header = usize::try_from(header).ok()?;
    let mut types = Vec::new();
    while i < header {
        let (t, used) = varint(b, i)?;
        types.push(t);
        i += used;
    }
    let mut at = header;
    let mut out = Vec::with_capacity(types.len());
    for t in types {
        let int = |n: usize, at: usize| -> Option<i64> {
            let bytes = b.get(at..at.checked_add(n)?)?;
            let mut v: i64 = if bytes.first()? & 0x80 != 0 { -1 } else { 0 };
            for x in bytes {
                v = (v << 8) | i64::from(*x);
            }
            Some(v)
        };
        let (value, size) = match t {
            0 => (Value::Null, 0),
            1..=4 => (Value::Integer(int(t as usize, at)?), t as usize),
            5 => (Value::Integer(int(6, at)?), 6),
            6 => (Value::Integer(int(8, at)?), 8),
            7 => (
                Value::Real(f64::from_bits(u64::from_be_bytes(
                    b.get(at..at.checked_add(8)?)?.try_into().ok()?,
                ))),
                8,
            ),
            8 => (Value::Integer(0), 0),
            9 => (Value::Integer(1), 0),
            t if t >= 12 && t % 2 == 0 => {
                let n = usize::try_from((t - 12) / 2).ok()?;
                (Value::Blob(b.get(at..at.checked_add(n)?)?.to_vec()), n)
            }
            t if t >= 13 => {
                let n = usize::try_from((t - 13) / 2).ok()?;
                (
                    Value::Text(String::from_utf8(b.get(at..at.checked_add(n)?)?.to_vec()).ok()?),
                    n,
                )
            }
            _ => return None,
        };
        out.push(value);
        at = at.checked_add(size)?;
    }
    Some(out)
}

/// A table or index of the schema, as the migrations make it.
struct Tree {
    name: String,
    /// The table a plain index belongs to; `None` for a table.
    index_of: Option<String>,
    without_rowid: bool,
    /// The columns as a record stores them: (declared type, may be null, is the rowid).
    columns: Vec<(String, bool, bool)>,
    /// The record's columns by name, in the record's order (for inserting what is found).
    names: Vec<String>,
    root: Option<u32>,
}

impl Tree {
    /// Whether `rec` could be a row (or key) of this tree: no more values than columns, each of
    /// the declared kind, nothing missing where the schema forbids it.
    fn fits(&self, rec: &[Value]) -> bool {
        if rec.is_empty() || rec.len() > self.columns.len() {
            return false;
        }
        if self.index_of.is_some() && rec.len() != self.columns.len() {
            return false;
        }
        rec.iter().zip(&self.columns).all(|(v, (ty, nullable, rowid))| {
            let ty = ty.to_ascii_uppercase();
            match v {
                Value::Null => *nullable || *rowid,
                _ if *rowid => false,
                Value::Integer(_) => ty.contains("INT") || ty.is_empty() || ty.contains("REAL"),
                Value::Real(_) => ty.contains("REAL") || ty.is_empty(),
                Value::Text(_) => ty.contains("TEXT") || ty.contains("CHAR") || ty.is_empty(),
                Value::Blob(_) => ty.is_empty() || ty.contains("BLOB"),
            }
        })
    }
}

/// The schema of a store at `version`, from the migrations alone, in a new in-memory database.
fn scratch(version: i64) -> Result<(Connection, Vec<Tree>)> {
    let mut conn = Connection::open_in_memory()?;
    // A row whose parent was lost is kept here (the salvage then drops the reference as deleting
    // the parent would have), so references are not enforced in this copy.
    conn.pragma_update(None, "foreign_keys", false)?;
    let tx = Transaction::new(&mut conn, TransactionBehavior::Immediate)?;
    for step in &schema::MIGRATIONS[..usize::try_from(version).unwrap_or(0)] {
        tx.execute_batch(step)?;
    }
    tx.pragma_update(None, "user_version", version)?;
    tx.commit()?;
    let mut trees = Vec::new();
    let objects: Vec<(String, String, String, Option<String>)> = conn
        .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('table', 'index') ORDER BY rowid")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (ty, name, table, sql) in objects {
        let sql = sql.unwrap_or_default().to_ascii_uppercase();
        // Virtual tables have no tree of their own (their shadow tables do).
        if sql.starts_with("CREATE VIRTUAL") {
            continue;
        }
        let mut cols: Vec<(String, String, bool, bool)> = Vec::new();
        let without_rowid = ty == "table" && sql.contains("WITHOUT ROWID");
        // The declared types and NOT NULLs of the table's columns, by name.
        let info: HashMap<String, (String, bool, bool)> = conn
            .prepare("SELECT name, type, \"notnull\", pk FROM pragma_table_xinfo(?1)")?
            .query_map([&table], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    (
                        r.get::<_, String>(1)?,
                        r.get::<_, i64>(2)? == 0,
                        r.get::<_, i64>(3)? == 1,
                    ),
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let key_columns = |index: &str| -> Result<Vec<Option<String>>> {
            Ok(conn
                .prepare("SELECT name FROM pragma_index_xinfo(?1) ORDER BY seqno")?
                .query_map([index], |r| r.get::<_, Option<String>>(0))?
                .collect::<rusqlite::Result<_>>()?)
        };
        if ty == "table" && !without_rowid {
            let single_int_pk = info.values().filter(|(_, _, pk)| *pk).count() == 1
                && info.values().any(|(t, _, pk)| *pk && t.eq_ignore_ascii_case("INTEGER"));
            let order: Vec<String> = conn
                .prepare("SELECT name FROM pragma_table_xinfo(?1) ORDER BY cid")?
                .query_map([&table], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for c in order {
                let (t, nullable, pk) = info.get(&c).cloned().unwrap_or_default();
                cols.push((c, t, nullable, pk && single_int_pk));
            }
        } else if without_rowid {
            // A WITHOUT ROWID table's record is its primary key's columns, then the others.
            let pk: Option<String> = conn
                .query_row(
                    "SELECT name FROM pragma_index_list(?1) WHERE origin = 'pk'",
                    [&table],
                    |r| r.get(0),
                )
                .ok();
            for c in key_columns(&pk.unwrap_or_default())?.into_iter().flatten() {
                let (t, nullable, _) = info.get(&c).cloned().unwrap_or_default();
                cols.push((c, t, nullable, false));
            }
        } else {
            // A plain index: its columns, then the rowid.
            for c in key_columns(&name)? {
                match c {
                    Some(c) => {
                        let (t, _, _) = info.get(&c).cloned().unwrap_or_default();
                        cols.push((c, t, true, false));
                    }
                    None => cols.push(("rowid".into(), "INTEGER".into(), false, false)),
                }
            }
        }
        trees.push(Tree {
            index_of: (ty == "index").then(|| table.clone()),
            without_rowid,
            names: cols.iter().map(|c| c.0.clone()).collect(),
            columns: cols.into_iter().map(|(_, t, n, r)| (t, n, r)).collect(),
            name,
            root: None,
        });
    }
    Ok((conn, trees))
}

/// A page the walk could not read, below a page it could: which tree, and the rowids it held.
struct Hole {
    tree: usize,
    page: u32,
    lo: Option<i64>,
    hi: Option<i64>,
}

/// Rows found, by tree: (rowid for rowid tables, record).
type Found = BTreeMap<usize, Vec<(Option<i64>, Vec<Value>)>>;

struct Walk<'a> {
    file: &'a mut File,
    owned: BTreeSet<u32>,
    holes: Vec<Hole>,
    found: Found,
    /// Records that could not be read whole (part of them on a damaged overflow page), by tree.
    broken: BTreeMap<usize, Vec<Option<i64>>>,
}

impl Walk<'_> {
    /// Walks the tree below page `n`, each row going to `tree`; `lo..=hi` are the rowids the
    /// parent says the page holds.
    fn walk(&mut self, n: u32, tree: usize, lo: Option<i64>, hi: Option<i64>, depth: u32) {
        if depth > MAX_DEPTH || !self.owned.insert(n) {
            return;
        }
        // A page that does not read back, or reads back as no b-tree page (SQLCipher passes an
        // all-zero page through as empty), holds none of the rows its parent points to.
        let Some((kind, cells, right)) = self.file.btree(n) else {
            self.holes.push(Hole { tree, page: n, lo, hi });
            return;
        };
        let mut below = lo;
        for c in cells {
            if let Some(rec) = c.record {
                match rec {
                    Some(r) => self.found.entry(tree).or_default().push((c.rowid, r)),
                    None => self.broken.entry(tree).or_default().push(c.rowid),
                }
            }
            if let Some(child) = c.child {
                let top = if kind == Kind::TableInterior { c.rowid } else { None };
                self.walk(child, tree, below, top.or(hi), depth + 1);
                if let Some(t) = top {
                    below = t.checked_add(1);
                }
            }
        }
        if let Some(r) = right {
            self.walk(r, tree, below, hi, depth + 1);
        }
    }
}

/// Reads every page of the store at `db` and recovers every row on a page that reads back, into
/// an in-memory store at the current schema. `Ok(None)` when this SQLite cannot read pages
/// (`sqlite_dbpage` missing), or the store is newer than this code: walk the tables instead.
pub(super) fn scan(db: &Path, key: &[u8]) -> Result<Option<Scanned>> {
    let mut pages = Pages { db, key, conn: None };
    let first = match pages.page(1) {
        Ok(p) => p,
        Err(Miss::Damaged) => {
            return Err(Error::WrongKey {
                path: db.display().to_string(),
            });
        }
        Err(Miss::NoPageTable) => return Ok(None),
        Err(Miss::Other(e)) if is_corruption(&e) => {
            return Err(Error::WrongKey {
                path: db.display().to_string(),
            });
        }
        Err(Miss::Other(e)) => return Err(Error::Storage(e)),
    };
    let size = match be16(&first, 16) {
        Some(1) => 65536,
        Some(s) if s >= 512 => s,
        _ => return Ok(None),
    };
    let usable = size.saturating_sub(usize::from(*first.get(20).unwrap_or(&0)));
    let version = i64::from(be32(&first, 60).unwrap_or(0));
    if version > schema::VERSION || usable < 480 {
        return Ok(None);
    }
    // Pages in the file, and any the WAL adds beyond it.
    let in_header = be32(&first, 28).unwrap_or(0);
    let on_disk = std::fs::metadata(db).map_or(0, |m| m.len() / size as u64);
    let count = u32::try_from(on_disk).unwrap_or(u32::MAX).max(in_header);
    let mut all = vec![Some(first)];
    for n in 2..=count {
        all.push(match pages.page(n) {
            Ok(p) if p.len() >= usable => Some(p),
            Ok(_) => Some(Vec::new()),
            Err(Miss::Damaged) => None,
            Err(Miss::NoPageTable) => return Ok(None),
            Err(Miss::Other(_)) => Some(Vec::new()),
        });
    }
    drop(pages);
    let mut file = File {
        usable,
        pages: all,
        overflow: BTreeSet::new(),
    };

    let (mut conn, mut trees) = scratch(version)?;
    // The schema's own tree (page 1): where each table's and index's tree starts.
    let mut walk = Walk {
        file: &mut file,
        owned: BTreeSet::new(),
        holes: Vec::new(),
        found: BTreeMap::new(),
        broken: BTreeMap::new(),
    };
    walk.walk(1, usize::MAX, None, None, 0);
    let master = walk.found.remove(&usize::MAX).unwrap_or_default();
    let schema_holes = walk.holes.iter().filter(|h| h.tree == usize::MAX).count();
    walk.holes.retain(|h| h.tree != usize::MAX);
    for (_, rec) in master {
        if let [_, Value::Text(name), _, Value::Integer(root), ..] = rec.as_slice()
            && let Some(t) = trees.iter_mut().find(|t| &t.name == name)
            && let Ok(root) = u32::try_from(*root)
            && root > 1
        {
            t.root = Some(root);
        }
    }
    for (i, t) in trees.iter().enumerate() {
        if let Some(root) = t.root {
            walk.walk(root, i, None, None, 0);
        }
    }

    // Pages no tree reached: below a damaged page, or in a tree whose schema row was lost.
    // Each orphan subtree goes to the one tree it can belong to, or is reported.
    let (trunk, total) = first_header(walk.file);
    let free = freelist(walk.file, trunk, total);
    let mut unreadable = Vec::new();
    let mut ambiguous = Vec::new();
    let orphans: Vec<u32> = (2..=count)
        .filter(|n| {
            !walk.owned.contains(n) && !free.contains(n) && !walk.file.overflow.contains(n) && !walk.file.damaged(*n)
        })
        .collect();
    // Interior pages first, so their leaves join them.
    let mut ordered: Vec<(bool, u32)> = orphans
        .iter()
        .filter_map(|n| {
            let kind = Kind::of(*walk.file.get(*n)?.first()?)?;
            Some((!kind.interior(), *n))
        })
        .collect();
    ordered.sort();
    for (_, n) in ordered {
        if walk.owned.contains(&n) {
            continue;
        }
        let table_kind =
            Kind::of(walk.file.get(n).and_then(|p| p.first().copied()).unwrap_or(0)).is_some_and(Kind::table);
        let mut sub = Walk {
            file: &mut *walk.file,
            owned: std::mem::take(&mut walk.owned),
            holes: Vec::new(),
            found: BTreeMap::new(),
            broken: BTreeMap::new(),
        };
        sub.walk(n, usize::MAX, None, None, 0);
        let Walk {
            owned,
            holes: sub_holes,
            mut found,
            broken: sub_broken,
            ..
        } = sub;
        walk.owned = owned;
        let rows = found.remove(&usize::MAX).unwrap_or_default();
        let in_hole = |t: usize| -> bool {
            walk.holes.iter().any(|h| {
                h.tree == t
                    && rows.iter().all(|(id, _)| match id {
                        Some(id) => h.lo.is_none_or(|lo| *id >= lo) && h.hi.is_none_or(|hi| *id <= hi),
                        None => true,
                    })
            })
        };
        let candidates: Vec<usize> = trees
            .iter()
            .enumerate()
            .filter(|(i, t)| {
                let shape = if table_kind {
                    t.index_of.is_none() && !t.without_rowid
                } else {
                    t.index_of.is_some() || t.without_rowid
                };
                shape
                    && (t.root.is_none() || in_hole(*i))
                    && rows.iter().all(|(_, r)| t.fits(r))
                    // The table's own rules (CHECKs, NOT NULLs, UNIQUEs) must take the rows too.
                    && (t.index_of.is_some() || fits_rules(&conn, t, &rows))
            })
            .map(|(i, _)| i)
            .collect();
        let ours = |i: &usize| trees[*i].index_of.is_none() && SALVAGED.contains(&trees[*i].name.as_str());
        let chosen = match candidates.as_slice() {
            [one] => Some(*one),
            many => {
                let holed: Vec<usize> = many.iter().copied().filter(|i| in_hole(*i)).collect();
                (holed.len() == 1).then(|| holed[0])
            }
        };
        match chosen {
            Some(t) => {
                walk.found.entry(t).or_default().extend(rows);
                for (_, b) in sub_broken {
                    walk.broken.entry(t).or_default().extend(b);
                }
            }
            // Rows that can only be an index's or a table a backup does not carry: not needed.
            None if rows.is_empty() || !candidates.iter().any(ours) => {}
            None => ambiguous.push(n),
        }
        walk.holes
            .extend(sub_holes.into_iter().filter(|h| h.tree != usize::MAX));
    }

    // Write what was found, then bring it to today's schema as an ordinary open would.
    let tx = Transaction::new(&mut conn, TransactionBehavior::Immediate)?;
    let mut recovered: BTreeMap<usize, BTreeSet<i64>> = BTreeMap::new();
    for (t, rows) in &walk.found {
        let tree = &trees[*t];
        if tree.index_of.is_some() || !SALVAGED.contains(&tree.name.as_str()) {
            continue;
        }
        for (rowid, rec) in rows {
            if insert(&tx, tree, *rowid, rec, "INSERT OR IGNORE").is_ok()
                && let Some(id) = rowid
            {
                recovered.entry(*t).or_default().insert(*id);
            }
        }
    }
    schema::upgrade_from(&tx, version)?;
    tx.pragma_update(None, "user_version", schema::VERSION)?;
    tx.commit()?;

    // What was lost, in the words the report uses.
    let mut damaged: Vec<u32> = (2..=count).filter(|n| walk.file.damaged(*n)).collect();
    for h in &walk.holes {
        damaged.retain(|n| *n != h.page);
        let tree = &trees[h.tree];
        let table = tree.index_of.as_deref().unwrap_or(&tree.name);
        if tree.index_of.is_some() || !SALVAGED.contains(&table) {
            continue;
        }
        let found_in = recovered.get(&h.tree).is_some_and(|ids| {
            ids.iter()
                .any(|id| h.lo.is_none_or(|lo| *id >= lo) && h.hi.is_none_or(|hi| *id <= hi))
        });
        if found_in {
            // A page above leaves that were found elsewhere: its loss cost nothing by itself.
            continue;
        }
        unreadable.push(match (tree.without_rowid, h.lo, h.hi) {
            (true, _, _) => format!("some {}", what(table)),
            (false, lo, Some(hi)) => format!(
                "{} with ids {} to {hi}",
                what(table),
                lo.map_or("the first".into(), |l| l.to_string())
            ),
            (false, Some(lo), None) => format!("{} from id {lo} on", what(table)),
            (false, None, None) => format!("{} (the page that held them does not read back)", what(table)),
        });
    }
    for n in damaged {
        unreadable.push(format!("the records on page {n} of the file (it does not read back)"));
    }
    if schema_holes > 0
        && trees
            .iter()
            .any(|t| t.root.is_none() && SALVAGED.contains(&t.name.as_str()))
    {
        unreadable.push("part of the file's table of contents (records were placed by their shape)".into());
    }
    for n in ambiguous {
        unreadable.push(format!(
            "the records on page {n} of the file (their kind could not be told)"
        ));
    }
    for (t, ids) in &walk.broken {
        let tree = &trees[*t];
        if tree.index_of.is_some() || !SALVAGED.contains(&tree.name.as_str()) {
            continue;
        }
        for id in ids {
            unreadable.push(match id {
                Some(id) => format!("{} with id {id} (part of it is on a damaged page)", what(&tree.name)),
                None => format!("some {} (part of one is on a damaged page)", what(&tree.name)),
            });
        }
    }
    Ok(Some(Scanned { conn, unreadable }))
}

/// Inserts one found row into `tree`'s table in the in-memory store (`verb`: how).
fn insert(c: &Connection, tree: &Tree, rowid: Option<i64>, rec: &[Value], verb: &str) -> rusqlite::Result<usize> {
    let mut values = rec.to_vec();
    for (v, (_, _, is_rowid)) in values.iter_mut().zip(&tree.columns) {
        if *is_rowid && *v == Value::Null {
            *v = rowid.map_or(Value::Null, Value::Integer);
        }
    }
    let names = &tree.names[..values.len().min(tree.names.len())];
    let sql = format!(
        "{verb} INTO \"{}\" ({}) VALUES ({})",
        tree.name,
        names.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", "),
        vec!["?"; names.len()].join(", ")
    );
    c.execute(&sql, params_from_iter(values.iter().take(names.len())))
}

/// Whether every row of an orphan page is one `tree`'s table would take, tried and taken back.
fn fits_rules(c: &Connection, tree: &Tree, rows: &[(Option<i64>, Vec<Value>)]) -> bool {
    if c.execute_batch("SAVEPOINT probe").is_err() {
        return false;
    }
    let ok = rows.iter().all(|(id, r)| insert(c, tree, *id, r, "INSERT").is_ok());
    let _ = c.execute_batch("ROLLBACK TO probe; RELEASE probe");
    ok
}

/// Page 1's header fields the freelist needs: (first trunk page, count of free pages).
fn first_header(file: &File) -> (u32, u32) {
    file.get(1)
        .map(|p| (be32(p, 32).unwrap_or(0), be32(p, 36).unwrap_or(0)))
        .unwrap_or((0, 0))
}

/// The pages on the freelist (deleted content, never salvaged), as far as its trunk pages read.
fn freelist(file: &File, mut trunk: u32, total: u32) -> BTreeSet<u32> {
    let mut out = BTreeSet::new();
    let mut hops = 0;
    while trunk != 0 && hops <= file.pages.len() && out.len() <= total as usize {
        hops += 1;
        out.insert(trunk);
        let Some(p) = file.get(trunk) else { break };
        let n = be32(p, 4).unwrap_or(0) as usize;
        for i in 0..n.min((file.usable - 8) / 4) {
            if let Some(leaf) = be32(p, 8 + 4 * i) {
                out.insert(leaf);
            }
        }
        trunk = be32(p, 0).unwrap_or(0);
    }
    out
}
