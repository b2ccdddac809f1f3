//! BMLT (the Basic Meeting List Toolbox, NA's root servers): the query a refresh sends, and each
//! meeting it returns rewritten as the Meeting Guide record the directory already reads, so both
//! kinds share one reader and one per-record report of what was skipped and why.
//!
//! A BMLT record says things its own way: `weekday_tinyint` 1 = Sunday, `start_time` and
//! `duration_time` as `HH:MM:SS`, `venue_type` 1 in person / 2 virtual / 3 hybrid, `formats` as a
//! comma-separated list of the server's format keys, `time_zone` often missing, coordinates as
//! text. A value that cannot be rewritten is passed on as it came, so the reader skips the record
//! with its own reason instead of this module guessing.

use serde_json::{Map, Value, json};

use crate::directory::GeoPoint;

/// The widest radius a BMLT server answers (its documented cap), in kilometres.
pub const MAX_RADIUS_KM: f64 = 160.0;

/// The size of a grid cell, in degrees: a refresh by area asks for the cell around the place the
/// user picked, never the place itself. Half a degree is about 55 km north to south.
pub const CELL_DEGREES: f64 = 0.5;

/// The centre of the grid cell holding `p`: what a BMLT query by area sends instead of `p`.
pub fn cell_of(p: GeoPoint) -> GeoPoint {
    let centre = |v: f64| (v / CELL_DEGREES).floor() * CELL_DEGREES + CELL_DEGREES / 2.0;
    GeoPoint {
        latitude: centre(p.latitude).clamp(-90.0, 90.0),
        longitude: centre(p.longitude).clamp(-180.0, 180.0),
    }
}

/// The radius that covers a whole cell from its centre (its half-diagonal, with a margin), within
/// the server's cap.
pub fn cell_radius_km(cell: GeoPoint) -> f64 {
    let half_lat_km = CELL_DEGREES / 2.0 * 111.2;
    let half_lng_km = CELL_DEGREES / 2.0 * 111.2 * cell.latitude.to_radians().cos().abs();
    ((half_lat_km.powi(2) + half_lng_km.powi(2)).sqrt() * 1.1)
        .ceil()
        .min(MAX_RADIUS_KM)
}

/// What a BMLT refresh asks for: one service body (with the bodies under it), or the grid cell
/// around a point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Query {
    Service(i64),
    Cell(GeoPoint),
}

/// The GetSearchResults address on `root` (a root server's base, with or without its trailing
/// slash) for `query`.
pub fn search_url(root: &str, query: Query) -> String {
    let root = root.trim_end_matches('/');
    let what = match query {
        Query::Service(id) => format!("services={id}&recursive=1"),
        // Snapped again here, so no caller can send a position by mistake.
        Query::Cell(p) => {
            let c = cell_of(p);
            format!(
                "lat_val={:.4}&long_val={:.4}&geo_width_km={}",
                c.latitude,
                c.longitude,
                cell_radius_km(c)
            )
        }
    };
    format!("{root}/client_interface/json/?switcher=GetSearchResults&{what}")
}

/// BMLT's world format keys that have a Meeting Guide type, as (BMLT key, Meeting Guide code).
/// Keys without one are kept as they are when they read as a code (the directory shows the code).
const FORMATS: &[(&str, &str)] = &[
    ("O", "O"),
    ("C", "C"),
    ("D", "D"),
    ("St", "ST"),
    ("Tr", "TR"),
    ("W", "W"),
    ("M", "M"),
    ("WC", "X"),
    ("Beg", "BE"),
    ("ES", "S"),
    ("Sp", "S"),
    ("Med", "MED"),
    ("Y", "Y"),
    ("GL", "LGBTQ"),
    ("LGBTQ", "LGBTQ"),
    ("So", "SP"),
    ("SD", "SP"),
    ("TC", "TC"),
    ("CL", "CAN"),
    ("CW", "BA"),
    ("Lit", "LIT"),
];

fn text<'a>(m: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    m.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// "HH:MM:SS" or "HH:MM" as minutes, up to a day: a start time or a meeting's length. Anything
/// longer is no time a meeting has (and would overflow the sums below), so it reads as none.
fn minutes(s: &str) -> Option<u32> {
    let mut parts = s.split(':');
    let h: u32 = parts.next()?.trim().parse().ok()?;
    let m: u32 = parts.next()?.trim().parse().ok()?;
    (h <= 24 && m < 60).then(|| h * 60 + m)
}

/// One BMLT meeting as a Meeting Guide record. Never fails: what it cannot rewrite it passes on
/// for the reader to refuse with a reason.
pub fn to_meeting_guide(v: &Value) -> Value {
    let Some(m) = v.as_object() else {
        return v.clone();
    };
    let mut out = Map::new();
    if let Some(id) = m.get("id_bigint") {
        out.insert("slug".into(), id.clone());
    }
    if let Some(name) = m.get("meeting_name") {
        out.insert("name".into(), name.clone());
    }
    // 1 = Sunday … 7 = Saturday; anything else goes on as it came and is refused by the reader.
    let day = match m.get("weekday_tinyint") {
        Some(Value::String(s)) => s
            .trim()
            .parse::<u8>()
            .ok()
            .filter(|d| (1..=7).contains(d))
            .map(|d| d - 1),
        Some(Value::Number(n)) => n.as_u64().filter(|d| (1..=7).contains(d)).map(|d| d as u8 - 1),
        _ => None,
    };
    match (day, m.get("weekday_tinyint")) {
        (Some(d), _) => {
            out.insert("day".into(), json!(d));
        }
        (None, Some(raw)) => {
            out.insert("day".into(), raw.clone());
        }
        (None, None) => {}
    }
    if let Some(start) = text(m, "start_time") {
        out.insert("time".into(), json!(start));
        let duration = text(m, "duration_time").and_then(minutes).filter(|d| *d > 0);
        if let (Some(s), Some(d)) = (minutes(start), duration) {
            let end = (s + d) % 1440;
            out.insert("end_time".into(), json!(format!("{:02}:{:02}", end / 60, end % 60)));
        }
    }
    if let Some(z) = text(m, "time_zone") {
        out.insert("timezone".into(), json!(z));
    }
    let link = text(m, "virtual_meeting_link");
    let phone = text(m, "phone_meeting_number");
    if let Some(u) = link {
        out.insert("conference_url".into(), json!(u));
    }
    if let Some(p) = phone {
        out.insert("conference_phone".into(), json!(p));
    }
    let attendance = match m.get("venue_type").map(|v| match v {
        Value::String(s) => s.trim().to_string(),
        other => other.to_string(),
    }) {
        Some(t) if t == "2" => Some("online"),
        Some(t) if t == "3" => Some("hybrid"),
        Some(t) if t == "1" => Some("in_person"),
        _ => None,
    };
    if let Some(a) = attendance {
        out.insert("attendance_option".into(), json!(a));
    }
    for (from, to) in [
        ("location_text", "location"),
        ("location_street", "address"),
        ("location_municipality", "city"),
        ("location_province", "state"),
        ("location_postal_code_1", "postal_code"),
        ("location_nation", "country"),
        ("location_info", "location_notes"),
        ("comments", "notes"),
        ("virtual_meeting_additional_info", "conference_url_notes"),
    ] {
        if let Some(s) = text(m, from) {
            out.insert(to.into(), json!(s));
        }
    }
    // A virtual meeting's coordinates are its service body's area, not a door.
    if attendance != Some("online") {
        for key in ["latitude", "longitude"] {
            if let Some(c) = m.get(key) {
                out.insert(key.into(), c.clone());
            }
        }
    }
    if let Some(region) = text(m, "location_sub_province").or_else(|| text(m, "location_neighborhood")) {
        out.insert("region".into(), json!(region));
    }
    let mut types: Vec<String> = Vec::new();
    for key in text(m, "formats")
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty())
    {
        let code = FORMATS
            .iter()
            .find(|(b, _)| *b == key)
            .map(|(_, c)| (*c).to_string())
            .or_else(|| {
                let ok = key.len() <= 20 && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                ok.then(|| key.to_string())
            });
        if let Some(c) = code
            && !types.contains(&c)
        {
            types.push(c);
        }
    }
    if !types.is_empty() {
        out.insert("types".into(), json!(types));
    }
    Value::Object(out)
}

/// The meetings of a BMLT answer: its array, or none for the empty object (`{}`) BMLT sends when
/// nothing matched. Anything else is not a BMLT answer.
pub fn records(body: &Value) -> Option<&[Value]> {
    match body {
        Value::Array(a) => Some(a),
        Value::Object(o) if o.is_empty() => Some(&[]),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_hides_the_position_and_covers_itself() {
        let home = GeoPoint {
            latitude: 40.7128,
            longitude: -74.0060,
        };
        let c = cell_of(home);
        assert_eq!((c.latitude, c.longitude), (40.75, -74.25));
        // Anyone within the same cell sends the same query.
        let neighbour = GeoPoint {
            latitude: 40.51,
            longitude: -74.49,
        };
        assert_eq!(cell_of(neighbour), c);
        let r = cell_radius_km(c);
        assert!(r > 35.0 && r <= MAX_RADIUS_KM, "{r}");
        let url = search_url("https://bmlt.example.org/main_server/", Query::Cell(home));
        assert!(
            url.starts_with("https://bmlt.example.org/main_server/client_interface/json/?switcher=GetSearchResults&")
        );
        assert!(url.contains("lat_val=40.7500&long_val=-74.2500"), "{url}");
        assert!(!url.contains("40.71") && !url.contains("74.00"), "{url}");
        assert!(search_url("https://b.example/root", Query::Service(12)).ends_with("&services=12&recursive=1"));
    }

    #[test]
    fn a_bmlt_meeting_reads_as_a_meeting_guide_record() {
        let v = to_meeting_guide(&json!({
            "id_bigint": "4711", "meeting_name": "Clean Dreams", "weekday_tinyint": "1",
            "start_time": "19:30:00", "duration_time": "01:30:00", "venue_type": "3",
            "formats": "O,BT,St,VM", "latitude": "40.7", "longitude": "-74.0",
            "location_text": "St Mark's", "location_street": "1 Main St",
            "location_municipality": "New York", "location_province": "NY",
            "virtual_meeting_link": "https://zoom.us/j/1", "time_zone": ""
        }));
        assert_eq!(v["slug"], "4711");
        assert_eq!(v["day"], 0, "1 = Sunday");
        assert_eq!(
            (v["time"].as_str(), v["end_time"].as_str()),
            (Some("19:30:00"), Some("21:00"))
        );
        assert_eq!(v["attendance_option"], "hybrid");
        // A length no meeting has gives no end time (the fuzzer found hours that overflowed).
        let long = to_meeting_guide(&json!({"start_time": "19:30", "duration_time": "4294967295:00"}));
        assert_eq!((long["time"].as_str(), long.get("end_time")), (Some("19:30"), None));
        assert_eq!(v["types"], json!(["O", "BT", "ST", "VM"]));
        assert!(v.get("timezone").is_none(), "an empty zone is no zone");
        let online = to_meeting_guide(&json!({"id_bigint": "5", "venue_type": "2", "latitude": "40.7"}));
        assert_eq!(online["attendance_option"], "online");
        assert!(online.get("latitude").is_none(), "a virtual meeting has no door");
        // A day BMLT does not have goes on as it came, for the reader to refuse.
        assert_eq!(to_meeting_guide(&json!({"weekday_tinyint": "9"}))["day"], "9");
        assert_eq!(records(&json!({})).map(<[Value]>::len), Some(0));
        assert!(records(&json!({"error": "x"})).is_none());
    }
}
