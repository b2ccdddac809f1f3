// "Near me" for the Search screen: the device's last known position, asked for only after the
// user tapped the button and granted coarse location (logic/MeetingSearch.nearMe). No updates
// are requested and nothing is stored here; the core keeps the last place searched from.
package app.tend.android

import android.Manifest
import android.content.Context
import android.content.pm.PackageManager
import android.location.LocationManager
import app.tend.core.GeoPoint

object NearMe {
    const val PERMISSION = Manifest.permission.ACCESS_COARSE_LOCATION

    fun granted(context: Context): Boolean = context.checkSelfPermission(PERMISSION) == PackageManager.PERMISSION_GRANTED

    /** The freshest position any provider remembers, or null (location off, never fixed). */
    fun lastKnown(context: Context): GeoPoint? {
        if (!granted(context)) return null
        val manager = context.getSystemService(LocationManager::class.java) ?: return null
        return try {
            manager.getProviders(true)
                .mapNotNull { manager.getLastKnownLocation(it) }
                .maxByOrNull { it.time }
                ?.let { GeoPoint(it.latitude, it.longitude) }
        } catch (e: SecurityException) {
            null // revoked between the check and the call
        }
    }
}
