// One position for a "near me" search. Created and asked only when the user taps "near me"
// (TendShellLogic.nearMeStep decides whether to prompt); when-in-use only, never in the
// background, never stored by the app (the core keeps the search point rounded to ~1 km for
// "starting soon").
import CoreLocation
import Foundation
import TendCore
import TendShellLogic

@MainActor
final class LocationProvider: NSObject, CLLocationManagerDelegate {
    private let manager = CLLocationManager()
    private var authorizationWaiter: CheckedContinuation<Void, Never>?
    private var locationWaiter: CheckedContinuation<GeoPoint?, Never>?

    override init() {
        super.init()
        manager.delegate = self
        // A meeting a few hundred metres away is as near as one next door.
        manager.desiredAccuracy = kCLLocationAccuracyHundredMeters
    }

    var authorization: LocationAuthorization {
        switch manager.authorizationStatus {
        case .notDetermined: return .notDetermined
        case .restricted: return .restricted
        case .denied: return .denied
        case .authorizedWhenInUse: return .authorizedWhenInUse
        case .authorizedAlways: return .authorizedAlways
        @unknown default: return .denied
        }
    }

    /// The position for "near me", asking permission first when the user never answered; nil
    /// when denied or unknown.
    func nearMe() async -> GeoPoint? {
        if nearMeStep(authorization) == .askPermission, authorizationWaiter == nil {
            await withCheckedContinuation { continuation in
                authorizationWaiter = continuation
                manager.requestWhenInUseAuthorization()
            }
        }
        // One request at a time: a second tap while locating waits for nothing new.
        guard nearMeStep(authorization) == .locate, locationWaiter == nil else { return nil }
        return await withCheckedContinuation { continuation in
            locationWaiter = continuation
            manager.requestLocation()
        }
    }

    // CLLocationManager may call these on its own queue: hop to the main actor explicitly.
    nonisolated func locationManagerDidChangeAuthorization(_ manager: CLLocationManager) {
        Task { @MainActor in
            guard self.authorization != .notDetermined else { return }
            self.authorizationWaiter?.resume()
            self.authorizationWaiter = nil
        }
    }

    nonisolated func locationManager(_ manager: CLLocationManager, didUpdateLocations locations: [CLLocation]) {
        let point = locations.last.map { GeoPoint(latitude: $0.coordinate.latitude, longitude: $0.coordinate.longitude) }
        Task { @MainActor in self.finish(point) }
    }

    nonisolated func locationManager(_ manager: CLLocationManager, didFailWithError error: Error) {
        Task { @MainActor in self.finish(nil) }
    }

    private func finish(_ point: GeoPoint?) {
        locationWaiter?.resume(returning: point)
        locationWaiter = nil
    }
}
