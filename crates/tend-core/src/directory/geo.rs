//! Distances on the Earth: the great-circle (haversine) distance, and the latitude/longitude boxes
//! that hold every point within a radius, so the R*Tree can be asked for a box and only the few
//! points in it are measured exactly.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::messages::{Message, MessageId};

/// The Earth's mean radius (IUGG), in kilometres.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// A place on the Earth, in decimal degrees (WGS 84, as phones and feeds give them).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct GeoPoint {
    pub latitude: f64,
    pub longitude: f64,
}

impl GeoPoint {
    /// A checked point: latitude within ±90, longitude within ±180, both finite.
    pub fn new(latitude: f64, longitude: f64) -> Result<GeoPoint> {
        if !latitude.is_finite() || latitude.abs() > 90.0 {
            return Err(Error::invalid(
                "latitude",
                Message::new(MessageId::RefusalRange).num("lo", -90).num("hi", 90),
            ));
        }
        if !longitude.is_finite() || longitude.abs() > 180.0 {
            return Err(Error::invalid(
                "longitude",
                Message::new(MessageId::RefusalRange).num("lo", -180).num("hi", 180),
            ));
        }
        Ok(GeoPoint { latitude, longitude })
    }

    /// Parses "LAT,LNG" ("44.16,-77.38").
    pub fn parse(s: &str) -> Result<GeoPoint> {
        let bad = || {
            Error::invalid(
                "near",
                Message::new(MessageId::RefusalPlace).text("example", "44.16,-77.38"),
            )
        };
        let (la, lo) = s.split_once(',').ok_or_else(bad)?;
        let la: f64 = la.trim().parse().map_err(|_| bad())?;
        let lo: f64 = lo.trim().parse().map_err(|_| bad())?;
        GeoPoint::new(la, lo)
    }

    /// The point rounded to two decimals (about a kilometre): precise enough to find meetings
    /// near, coarse enough not to keep where someone lives.
    pub fn coarse(self) -> GeoPoint {
        let r = |v: f64| (v * 100.0).round() / 100.0;
        GeoPoint {
            latitude: r(self.latitude),
            longitude: r(self.longitude),
        }
    }
}

/// The great-circle distance between two points, in kilometres (haversine formula, which stays
/// accurate for the short distances a meeting search is about).
pub fn distance_km(a: GeoPoint, b: GeoPoint) -> f64 {
    let (la1, la2) = (a.latitude.to_radians(), b.latitude.to_radians());
    let dla = la2 - la1;
    let dlo = (b.longitude - a.longitude).to_radians();
    let h = (dla / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlo / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

/// A latitude/longitude box, degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct GeoBox {
    pub min_lat: f64,
    pub max_lat: f64,
    pub min_lng: f64,
    pub max_lng: f64,
}

/// The boxes that together hold every point within `km` of `p`: one, or two when the circle
/// crosses the antimeridian. Slightly generous: the R*Tree keeps 32-bit floats, and the exact
/// distance is checked afterwards anyway.
pub(crate) fn boxes_around(p: GeoPoint, km: f64) -> Vec<GeoBox> {
    const SLACK: f64 = 1e-4;
    let angular = km / EARTH_RADIUS_KM;
    let dlat = angular.to_degrees() + SLACK;
    let (min_lat, max_lat) = (p.latitude - dlat, p.latitude + dlat);
    if max_lat >= 90.0 || min_lat <= -90.0 || angular >= std::f64::consts::FRAC_PI_2 {
        // The circle holds a pole: every longitude is in reach.
        return vec![GeoBox {
            min_lat: min_lat.max(-90.0),
            max_lat: max_lat.min(90.0),
            min_lng: -180.0,
            max_lng: 180.0,
        }];
    }
    // The widest longitude a circle of this angular radius reaches, exact on a sphere.
    let dlng = (angular.sin() / p.latitude.to_radians().cos())
        .min(1.0)
        .asin()
        .to_degrees()
        + SLACK;
    let (lo, hi) = (p.longitude - dlng, p.longitude + dlng);
    let mut out = vec![GeoBox {
        min_lat,
        max_lat,
        min_lng: lo.max(-180.0),
        max_lng: hi.min(180.0),
    }];
    if lo < -180.0 {
        out.push(GeoBox {
            min_lat,
            max_lat,
            min_lng: lo + 360.0,
            max_lng: 180.0,
        });
    }
    if hi > 180.0 {
        out.push(GeoBox {
            min_lat,
            max_lat,
            min_lng: -180.0,
            max_lng: hi - 360.0,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pt(la: f64, lo: f64) -> GeoPoint {
        GeoPoint::new(la, lo).unwrap()
    }

    #[test]
    fn known_distances() {
        // Belleville to Kingston, Ontario: about 73 km as the crow flies.
        let d = distance_km(pt(44.1628, -77.3832), pt(44.2312, -76.4860));
        assert!((d - 72.0).abs() < 2.0, "{d}");
        // A quarter of the equator.
        let q = distance_km(pt(0.0, 0.0), pt(0.0, 90.0));
        assert!((q - EARTH_RADIUS_KM * std::f64::consts::FRAC_PI_2).abs() < 1e-6, "{q}");
        assert_eq!(distance_km(pt(10.0, 10.0), pt(10.0, 10.0)), 0.0);
    }

    #[test]
    fn every_point_within_the_radius_is_in_a_box() {
        let centres = [
            pt(44.16, -77.38),
            pt(0.0, 179.95),
            pt(-33.9, -179.99),
            pt(89.9, 10.0),
            pt(-70.0, 0.0),
        ];
        for c in centres {
            for km in [0.5, 5.0, 25.0, 300.0] {
                let boxes = boxes_around(c, km);
                // Walk the circle's edge just inside the radius.
                for step in 0..360 {
                    let bearing = f64::from(step).to_radians();
                    let ang = km * 0.999 / EARTH_RADIUS_KM;
                    let (la1, lo1) = (c.latitude.to_radians(), c.longitude.to_radians());
                    let la2 = (la1.sin() * ang.cos() + la1.cos() * ang.sin() * bearing.cos()).asin();
                    let lo2 = lo1 + (bearing.sin() * ang.sin() * la1.cos()).atan2(ang.cos() - la1.sin() * la2.sin());
                    let mut lng = lo2.to_degrees();
                    if lng > 180.0 {
                        lng -= 360.0;
                    }
                    if lng < -180.0 {
                        lng += 360.0;
                    }
                    let p = pt(la2.to_degrees(), lng);
                    assert!(distance_km(c, p) <= km);
                    assert!(
                        boxes.iter().any(|b| b.min_lat <= p.latitude
                            && p.latitude <= b.max_lat
                            && b.min_lng <= p.longitude
                            && p.longitude <= b.max_lng),
                        "{p:?} within {km} km of {c:?} missed by {boxes:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn points_are_checked() {
        assert!(GeoPoint::parse("44.16,-77.38").is_ok());
        assert!(GeoPoint::parse("91,0").is_err());
        assert!(GeoPoint::parse("0,181").is_err());
        assert!(GeoPoint::parse("here").is_err());
        assert!(GeoPoint::parse("NaN,0").is_err());
        assert_eq!(pt(44.16789, -77.38321).coarse(), pt(44.17, -77.38));
    }
}
