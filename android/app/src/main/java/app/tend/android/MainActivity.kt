// The app's one activity, and the only file that needs androidx.activity: it gives the screens
// (ui/TendApp.kt) an Android TendHost — the store, the permission dialogs, the document and
// contact pickers, the share sheet, the dialer — opens the bundle question a notification asked
// for, and syncs on every resume (the core decides whether anything changed silently and a full
// reset is due).
// Everything else a screen does is in ui/, which also runs on the desktop JVM.
package app.tend.android

import android.Manifest
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.os.Build
import android.os.Bundle
import android.provider.Settings
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.lifecycle.Lifecycle
import androidx.lifecycle.lifecycleScope
import androidx.lifecycle.repeatOnLifecycle
import app.tend.android.logic.BundleChooser
import app.tend.android.logic.DataActions
import app.tend.android.logic.LoadFailure
import app.tend.android.logic.LoadFailures
import app.tend.android.logic.RefreshNetwork
import app.tend.android.logic.TodayNotices
import app.tend.android.logic.WrappedKey
import androidx.activity.compose.BackHandler
import app.tend.android.logic.NotificationText
import app.tend.android.ui.Destination
import app.tend.android.ui.Located
import app.tend.android.ui.destinationOfNotification
import app.tend.android.ui.TendApp
import app.tend.android.ui.TendHost
import app.tend.android.ui.TendTheme
import app.tend.ffi.TendStore
import app.tend.ffi.quarantineStore
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import java.util.Locale

class MainActivity : ComponentActivity(), TendHost {
    private val app get() = application as TendApplication
    private val prefs by lazy { getSharedPreferences("tend.permissions", Context.MODE_PRIVATE) }

    /** The bundle whose "Who did you reach?" the user opened, while its chooser shows. */
    private var bundleId by mutableStateOf<String?>(null)

    /** Where the last tapped reminder asked to open (each tap a new value, so the same page opens again). */
    private var opened by mutableStateOf<Pair<Destination, Long>>(Destination.Today to 0L)

    // Activity results arrive through these; each request waits on its own deferred.
    private var permissionResult: CompletableDeferred<Boolean>? = null
    private var createResult: CompletableDeferred<Uri?>? = null
    private var openResult: CompletableDeferred<Uri?>? = null
    private val askPermission = registerForActivityResult(ActivityResultContracts.RequestPermission()) { permissionResult?.complete(it) }
    private val createPicker = registerForActivityResult(ActivityResultContracts.CreateDocument(DataActions.MIME)) { createResult?.complete(it) }
    private val openPicker = registerForActivityResult(ActivityResultContracts.OpenDocument()) { openResult?.complete(it) }
    private var contactResult: CompletableDeferred<Uri?>? = null
    private val contactPicker = registerForActivityResult(ActivityResultContracts.StartActivityForResult()) { contactResult?.complete(it.data?.data) }

    override fun onCreate(savedInstanceState: Bundle?) {
        // targetSdk 35+: drawn edge to edge; the Scaffold's insets keep content clear of the bars.
        enableEdgeToEdge()
        super.onCreate(savedInstanceState)
        takeBundle(intent)
        setContent {
            TendTheme {
                TendApp(
                    this,
                    start = opened.first,
                    startKey = opened.second,
                    bundleId = bundleId,
                    onBundleClosed = { answered ->
                        bundleId?.let { if (answered) app.scheduler.closeQuestion(it) }
                        bundleId = null
                    },
                    // The phone's back gesture walks back through the pages of a tab.
                    backHandler = { enabled, onBack -> BackHandler(enabled, onBack) },
                )
            }
        }
        // Every start and resume: a sync, which the core turns into a full reset when the zone,
        // a permission or the version changed while the app was not running.
        lifecycleScope.launch {
            repeatOnLifecycle(Lifecycle.State.RESUMED) {
                withContext(Dispatchers.IO) { runCatching { app.scheduler.replan() } }
            }
        }
    }

    override fun onNewIntent(intent: Intent) {
        super.onNewIntent(intent)
        takeBundle(intent)
    }

    // The activity is exported (launcher), so any app can send it extras: only a bundle this app
    // asked about opens the chooser.
    private fun takeBundle(intent: Intent?) {
        // A tapped reminder: the page the core says it is acted on (only ever a page of the app).
        intent?.getStringExtra(NotificationText.EXTRA_OPENS)?.let { opened = destinationOfNotification(it) to System.nanoTime() }
        val id = intent?.getStringExtra(BundleChooser.EXTRA_BUNDLE_ID) ?: return
        if (app.scheduler.isOpenQuestion(id)) bundleId = id
    }

    override suspend fun store(): TendStore = app.store()

    override fun failureOf(e: Throwable): LoadFailure =
        if (e is KeyUnavailable) LoadFailures.of(e, WrappedKey.messageKey(e.decision) ?: "cannot_open") else LoadFailures.of(e)

    override fun zone(): String = app.zone()

    override fun country(): String? = Locale.getDefault().country.ifBlank { null }

    override fun language(): String = Locale.getDefault().language

    override fun sdkInt(): Int = Build.VERSION.SDK_INT

    override fun notificationsAllowed(): Boolean = app.scheduler.notificationsAllowed()

    override fun exactAllowed(): Boolean = app.scheduler.exactAllowed()

    override fun notificationsDeniedForGood(): Boolean = prefs.getBoolean(KEY_DENIED_FOR_GOOD, false)

    override suspend fun askNotifications(): Boolean {
        if (Build.VERSION.SDK_INT < TodayNotices.SDK_NOTIFICATION_PERMISSION) return notificationsAllowed()
        val answer = CompletableDeferred<Boolean>().also { permissionResult = it }
        askPermission.launch(Manifest.permission.POST_NOTIFICATIONS)
        val granted = answer.await()
        val rationale = shouldShowRequestPermissionRationale(Manifest.permission.POST_NOTIFICATIONS)
        val denied = TodayNotices.deniedForGood(granted, prefs.getBoolean(KEY_ASKED, false), rationale)
        prefs.edit().putBoolean(KEY_ASKED, true).putBoolean(KEY_DENIED_FOR_GOOD, denied).apply()
        return granted
    }

    override fun openNotificationSettings() =
        startActivity(Intent(Settings.ACTION_APP_NOTIFICATION_SETTINGS).putExtra(Settings.EXTRA_APP_PACKAGE, packageName))

    override fun openExactAlarmSettings() = startActivity(Intent(Settings.ACTION_REQUEST_SCHEDULE_EXACT_ALARM, Uri.parse("package:$packageName")))

    override suspend fun replan() = app.scheduler.replan()

    override fun open(uri: String) {
        val action =
            if (uri.startsWith("tel:")) {
                Intent.ACTION_DIAL
            } else if (uri.startsWith("sms") || uri.startsWith("mailto:")) {
                Intent.ACTION_SENDTO
            } else {
                Intent.ACTION_VIEW
            }
        runCatching { startActivity(Intent(action, Uri.parse(uri))) }
    }

    override fun share(text: String) = PartnerShare.open(this, text)

    override fun sosLogged() = PartnerSyncJob.syncSoon(this)

    override fun channelConnected() = PartnerSyncJob.schedulePeriodic(this)

    override fun meetingListNetwork(): RefreshNetwork = MeetingListJob.network(this)

    override suspend fun meetingListsChanged(network: RefreshNetwork) {
        val store = store()
        withContext(Dispatchers.IO) { MeetingListJob.choose(this@MainActivity, network, store) }
    }

    override suspend fun locate(): Located {
        if (!NearMe.granted(this)) {
            val answer = CompletableDeferred<Boolean>().also { permissionResult = it }
            askPermission.launch(NearMe.PERMISSION)
            if (!answer.await()) return Located.Denied
        }
        return NearMe.lastKnown(this)?.let { Located.At(it) } ?: Located.Unknown
    }

    override suspend fun saveDocument(
        fileName: String,
        bytes: suspend () -> ByteArray,
    ): Boolean {
        val answer = CompletableDeferred<Uri?>().also { createResult = it }
        createPicker.launch(fileName)
        val uri = answer.await() ?: return false
        val data = bytes()
        withContext(Dispatchers.IO) { DataFiles.write(this@MainActivity, uri, data) }
        return true
    }

    override suspend fun openDocument(): ByteArray? {
        val answer = CompletableDeferred<Uri?>().also { openResult = it }
        openPicker.launch(arrayOf("*/*"))
        val uri = answer.await() ?: return null
        return withContext(Dispatchers.IO) { DataFiles.read(this@MainActivity, uri) }
    }

    // The system picker, no contacts permission: the pick grants the one row it returns.
    override suspend fun pickContact(): String? {
        val answer = CompletableDeferred<Uri?>().also { contactResult = it }
        if (runCatching { contactPicker.launch(PickedContact.intent()) }.isFailure) return null // no contacts app
        val uri = answer.await() ?: return null
        return withContext(Dispatchers.IO) { PickedContact.read(this@MainActivity, uri) }
    }

    override suspend fun quarantine() {
        withContext(Dispatchers.IO) {
            // With the key the Keystore holds (none when it holds none): the core refuses to move
            // a store that key opens and reads back whole.
            val keystore = KeystoreKey(app)
            val key = runCatching { keystore.databaseKey() }.getOrNull()
            try {
                quarantineStore(keystore.databaseFile.path, key)
            } finally {
                key?.fill(0)
            }
        }
    }

    override fun appVersion(): String? = runCatching { packageManager.getPackageInfo(packageName, 0).versionName }.getOrNull()

    private companion object {
        const val KEY_ASKED = "notifications_asked"
        const val KEY_DENIED_FOR_GOOD = "notifications_denied_for_good"
    }
}
