// The app's one activity: Today and SOS in Compose, the notification permission flow, the
// chooser a bundle's "Who did you reach?" opens, and a sync on every start (the core decides
// whether anything changed silently and a full reset is due).
package app.tend.android

import android.Manifest
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.os.Build
import android.os.Bundle
import android.provider.Settings
import androidx.activity.ComponentActivity
import androidx.activity.compose.rememberLauncherForActivityResult
import androidx.activity.compose.setContent
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.NavigationBar
import androidx.compose.material3.NavigationBarItem
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Text
import androidx.compose.material3.TopAppBar
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.unit.dp
import androidx.lifecycle.Lifecycle
import androidx.lifecycle.lifecycleScope
import androidx.lifecycle.repeatOnLifecycle
import app.tend.android.logic.BundleChoice
import app.tend.android.logic.BundleChooser
import app.tend.android.logic.LoadFailure
import app.tend.android.logic.LoadFailures
import app.tend.android.logic.TodayNotices
import app.tend.android.logic.WrappedKey
import app.tend.android.logic.Notice as TodayNotice
import app.tend.core.PhoneLinkKind
import app.tend.core.SoonMeeting
import app.tend.core.SosView
import app.tend.core.Today
import app.tend.ffi.TendStore
import app.tend.ffi.crisisLines
import app.tend.ffi.phoneLink
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import java.util.Locale

class MainActivity : ComponentActivity() {
    private val app get() = application as TendApplication

    /** The bundle whose "Who did you reach?" the user opened, while its chooser shows. */
    private var bundleId by mutableStateOf<String?>(null)

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        takeBundle(intent)
        setContent {
            MaterialTheme {
                TendScreens(app)
                bundleId?.let { id -> BundleQuestion(app, id) { bundleId = null } }
            }
        }
        // Every start and resume: a sync, which the core turns into a full reset when the zone,
        // a permission or the version changed while the app was not running (this is also the
        // refill after the replan alarm was deferred).
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
        val id = intent?.getStringExtra(BundleChooser.EXTRA_BUNDLE_ID) ?: return
        if (app.scheduler.isOpenQuestion(id)) bundleId = id
    }

}

/** Loads the people a bundle named, then shows the chooser; logs the picked ones once. */
@Composable
private fun BundleQuestion(
    app: TendApplication,
    notificationId: String,
    onClose: () -> Unit,
) {
    var choice by remember(notificationId) { mutableStateOf<BundleChoice?>(null) }
    val scope = rememberCoroutineScope()
    LaunchedEffect(notificationId) {
        choice = withContext(Dispatchers.IO) { runCatching { BundleChooser.reopen(app.store(), notificationId, app.zone()) }.getOrNull() }
        if (choice == null) onClose() // nothing to ask (expired, or the store is unavailable)
    }
    val current = choice ?: return
    BundleDialog(
        choice = current,
        onToggle = { choice = current.toggle(it) },
        onAnswer = { answered ->
            // Closed first, so a second tap cannot reach a dialog that is already answering.
            onClose()
            scope.launch(Dispatchers.IO) {
                runCatching {
                    BundleChooser.answer(app.store(), answered, app.zone())
                    app.scheduler.closeQuestion(notificationId)
                }
            }
        },
        onDismiss = onClose,
    )
}

private enum class Screen { TODAY, SEARCH, SOS, PARTNER, DATA }

/** What the store gave us, or what failed (never "start fresh", never a crash). */
private sealed class Loaded<out T> {
    object Loading : Loaded<Nothing>()

    data class Ready<T>(val value: T) : Loaded<T>()

    data class Failed(val failure: LoadFailure) : Loaded<Nothing>()
}

/** Runs [block] on the store off the main thread; any error becomes a [LoadFailure] to show. */
private suspend fun <T> load(
    app: TendApplication,
    block: suspend (TendStore) -> T,
): Loaded<T> =
    try {
        Loaded.Ready(withContext(Dispatchers.IO) { block(app.store()) })
    } catch (e: CancellationException) {
        throw e // the screen went away: not a failure to show
    } catch (e: KeyUnavailable) {
        Loaded.Failed(LoadFailures.of(e, WrappedKey.messageKey(e.decision) ?: "cannot_open"))
    } catch (e: Throwable) {
        Loaded.Failed(LoadFailures.of(e))
    }

@OptIn(ExperimentalMaterial3Api::class)
@Composable
private fun TendScreens(app: TendApplication) {
    var screen by remember { mutableStateOf(Screen.TODAY) }
    var storeFailure by remember { mutableStateOf<LoadFailure?>(null) }
    val titles = mapOf(Screen.TODAY to R.string.today, Screen.SEARCH to R.string.search, Screen.SOS to R.string.sos, Screen.PARTNER to R.string.partner, Screen.DATA to R.string.data)
    Scaffold(
        topBar = { TopAppBar(title = { Text(stringResource(titles.getValue(screen))) }) },
        bottomBar = {
            // SOS is always one tap away, whatever failed.
            NavigationBar {
                for ((s, label) in titles) {
                    NavigationBarItem(selected = screen == s, onClick = { screen = s }, icon = {}, label = { Text(stringResource(label)) })
                }
            }
        },
    ) { padding ->
        when (screen) {
            Screen.TODAY -> TodayScreen(app, padding, onFailure = { storeFailure = it }, openSos = { screen = Screen.SOS }, openData = { screen = Screen.DATA })
            Screen.SEARCH -> SearchScreen(app, padding)
            Screen.SOS -> SosScreen(app, padding)
            Screen.PARTNER -> PartnerScreen(app, padding)
            Screen.DATA -> DataScreen(app, padding, storeFailure)
        }
    }
}

@Composable
private fun TodayScreen(
    app: TendApplication,
    padding: PaddingValues,
    onFailure: (LoadFailure?) -> Unit,
    openSos: () -> Unit,
    openData: () -> Unit,
) {
    var today by remember { mutableStateOf<Loaded<Today>>(Loaded.Loading) }
    var notificationsOn by remember { mutableStateOf(app.scheduler.notificationsAllowed()) }
    val exact = remember { app.scheduler.exactAllowed() }
    val context = LocalContext.current
    val activity = context as? ComponentActivity
    val prefs = remember { context.getSharedPreferences("tend.permissions", Context.MODE_PRIVATE) }
    var deniedForGood by remember { mutableStateOf(prefs.getBoolean(KEY_DENIED_FOR_GOOD, false)) }
    val scope = rememberCoroutineScope()
    val permission =
        rememberLauncherForActivityResult(ActivityResultContracts.RequestPermission()) { granted ->
            notificationsOn = granted
            val rationale = activity?.shouldShowRequestPermissionRationale(Manifest.permission.POST_NOTIFICATIONS) ?: false
            deniedForGood = TodayNotices.deniedForGood(granted, prefs.getBoolean(KEY_ASKED, false), rationale)
            prefs.edit().putBoolean(KEY_ASKED, true).putBoolean(KEY_DENIED_FOR_GOOD, deniedForGood).apply()
            // The core sees the permission change and hands the plan to the OS afresh.
            scope.launch(Dispatchers.IO) { runCatching { app.scheduler.replan() } }
        }
    LaunchedEffect(Unit) {
        today = load(app) { it.todayAsync(app.zone()) }
        onFailure((today as? Loaded.Failed)?.failure)
    }
    val notices = TodayNotices.of(Build.VERSION.SDK_INT, notificationsOn, deniedForGood, exact)

    LazyColumn(Modifier.fillMaxSize().padding(padding).padding(16.dp), verticalArrangement = Arrangement.spacedBy(12.dp)) {
        items(notices, key = { it.name }) { notice ->
            Notice(stringResource(stringRes(notice.messageKey)), stringResource(stringRes(notice.actionKey))) {
                when (notice) {
                    TodayNotice.NOTIFICATIONS_ASK -> permission.launch(Manifest.permission.POST_NOTIFICATIONS)
                    TodayNotice.NOTIFICATIONS_SETTINGS ->
                        context.startActivity(Intent(Settings.ACTION_APP_NOTIFICATION_SETTINGS).putExtra(Settings.EXTRA_APP_PACKAGE, context.packageName))
                    TodayNotice.EXACT_ALARMS ->
                        context.startActivity(Intent(Settings.ACTION_REQUEST_SCHEDULE_EXACT_ALARM, Uri.parse("package:" + context.packageName)))
                }
            }
        }
        when (val t = today) {
            Loaded.Loading -> {}
            is Loaded.Failed ->
                item {
                    // What failed, and the ways on: SOS (needs no store) and the Data screen.
                    Card(Modifier.fillMaxWidth()) {
                        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                            Text(stringResource(stringRes(t.failure.messageKey)))
                            Text(stringResource(R.string.what_failed, t.failure.what), style = MaterialTheme.typography.bodySmall)
                            Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                                Button(onClick = openSos) { Text(stringResource(R.string.sos)) }
                                OutlinedButton(onClick = openData) { Text(stringResource(R.string.data)) }
                            }
                        }
                    }
                }
            is Loaded.Ready -> {
                val d = t.value
                item { Text(stringResource(if (d.checkedIn) R.string.checked_in else R.string.not_checked_in), style = MaterialTheme.typography.titleMedium) }
                if (d.due.isNotEmpty()) {
                    item { Text(stringResource(R.string.due), style = MaterialTheme.typography.titleSmall) }
                    items(d.due, key = { "due-${it.personId}" }) { Text(it.name) }
                }
                if (d.meetings.isNotEmpty()) {
                    item { Text(stringResource(R.string.meetings), style = MaterialTheme.typography.titleSmall) }
                    items(d.meetings, key = { "meeting-${it.meetingId}" }) { Text("${it.localStart}  ${it.groupName}") }
                }
                if (d.missed.isNotEmpty()) {
                    item { Text(stringResource(R.string.missed), style = MaterialTheme.typography.titleSmall) }
                    // Text from the core, as the notification would have shown it.
                    items(d.missed, key = { "missed-${it.id}" }) { Text(it.title) }
                }
            }
        }
    }
}

private const val KEY_ASKED = "notifications_asked"
private const val KEY_DENIED_FOR_GOOD = "notifications_denied_for_good"

@Composable
private fun SosScreen(
    app: TendApplication,
    padding: PaddingValues,
) {
    val country = Locale.getDefault().country.ifBlank { null }
    // Crisis lines need no store: they show even when the store cannot be opened.
    var sos by remember { mutableStateOf<SosView?>(null) }
    val lines = remember(country) { crisisLines(country) }
    val context = LocalContext.current
    var soon by remember { mutableStateOf<List<SoonMeeting>>(emptyList()) }
    LaunchedEffect(Unit) {
        sos = (load(app) { it.sos(country, app.zone()) } as? Loaded.Ready)?.value
        // "An online meeting starts in 20 minutes": near the last place searched from, or online.
        soon = (load(app) { it.meetingsSoon(app.zone(), it.lastSearchPlace(), 3u) } as? Loaded.Ready)?.value.orEmpty()
    }
    // The core cleans the number as typed ("+1 (555) 010-0100 ext. 2"); no link, no button.
    fun dial(number: String) = phoneLink(number, PhoneLinkKind.CALL)?.let { context.startActivity(Intent(Intent.ACTION_DIAL, Uri.parse(it))) }

    fun text(number: String) = phoneLink(number, PhoneLinkKind.TEXT)?.let { context.startActivity(Intent(Intent.ACTION_SENDTO, Uri.parse(it))) }

    LazyColumn(Modifier.fillMaxSize().padding(padding).padding(16.dp), verticalArrangement = Arrangement.spacedBy(12.dp)) {
        val contacts = sos?.emergencyContacts.orEmpty()
        if (contacts.isNotEmpty()) {
            item { Text(stringResource(R.string.emergency_contacts), style = MaterialTheme.typography.titleMedium) }
            items(contacts, key = { "contact-${it.personId}" }) { c ->
                Card(Modifier.fillMaxWidth()) {
                    Column(Modifier.padding(12.dp)) {
                        Text(c.name, style = MaterialTheme.typography.titleSmall)
                        c.phones.firstOrNull()?.let { phone ->
                            Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                                Button(onClick = { dial(phone) }) { Text(stringResource(R.string.call)) }
                                OutlinedButton(onClick = { text(phone) }) { Text(stringResource(R.string.text)) }
                            }
                        }
                    }
                }
            }
        }
        // Log the SOS; partners who may know are told as soon as the phone is online.
        item { SosTellPartners(app) }
        if (soon.isNotEmpty()) {
            item { Text(stringResource(R.string.meetings_soon), style = MaterialTheme.typography.titleMedium) }
            items(soon, key = { "soon-${it.id}-${it.startsAt}" }) { m ->
                Card(Modifier.fillMaxWidth()) {
                    Column(Modifier.padding(12.dp)) {
                        Text(m.name, style = MaterialTheme.typography.titleSmall)
                        Text(stringResource(R.string.starts_in, m.minutesUntil.toInt(), m.localStart))
                        m.onlineUrl?.let { url ->
                            OutlinedButton(onClick = { context.startActivity(Intent(Intent.ACTION_VIEW, Uri.parse(url))) }) { Text(stringResource(R.string.join_online)) }
                        }
                    }
                }
            }
        }
        item { Text(stringResource(R.string.crisis_lines), style = MaterialTheme.typography.titleMedium) }
        items(lines) { line ->
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(12.dp)) {
                    Text(line.name, style = MaterialTheme.typography.titleSmall)
                    Text(line.description)
                    Text(line.hours, style = MaterialTheme.typography.bodySmall)
                    Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                        Button(onClick = { dial(line.phone) }) { Text(stringResource(R.string.call) + " " + line.phone) }
                        line.text?.let { sms -> OutlinedButton(onClick = { text(sms) }) { Text(stringResource(R.string.text)) } }
                    }
                }
            }
        }
    }
}

@Composable
private fun Notice(
    message: String,
    action: String,
    onClick: () -> Unit,
) {
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(message)
            Button(onClick = onClick) { Text(action) }
        }
    }
}
