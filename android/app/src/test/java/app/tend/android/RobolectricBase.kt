// The base of the glue's tests: the real Android framework (API 36) under Robolectric, Tend's real
// manifest and resources (aapt2), the real core through JNA, a fresh store and Keystore per test,
// the phone in Toronto unless a test moves it.
package app.tend.android

import android.Manifest
import org.junit.After
import org.junit.Before
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.annotation.Config
import org.robolectric.Shadows.shadowOf
import org.robolectric.shadows.ShadowAlarmManager
import java.util.TimeZone

@RunWith(RobolectricTestRunner::class)
@Config(sdk = [36], application = TestTendApplication::class)
abstract class RobolectricBase {
    private val zoneBefore: TimeZone = TimeZone.getDefault()

    @Before
    fun phoneInToronto() {
        TimeZone.setDefault(TimeZone.getTimeZone("America/Toronto"))
        ShadowAlarmManager.setCanScheduleExactAlarms(true)
        // The user said yes to notifications (Android 13+ asks at run time).
        shadowOf(app).grantPermissions(Manifest.permission.POST_NOTIFICATIONS)
    }

    @After
    fun restoreZone() {
        TimeZone.setDefault(zoneBefore)
    }
}
