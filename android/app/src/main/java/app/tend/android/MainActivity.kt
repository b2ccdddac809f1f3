// The app's one activity: Today and SOS in Compose, the notification permission flow, the
// chooser a bundle's "Who did you reach?" opens, and a sync on every start (the core decides
// whether anything changed silently and a full reset is due).
package app.tend.android

import android.Manifest
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
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.unit.dp
import androidx.lifecycle.Lifecycle
import androidx.lifecycle.lifecycleScope
import androidx.lifecycle.repeatOnLifecycle
import app.tend.android.logic.BundleChoice
import app.tend.android.logic.BundleChooser
import app.tend.android.logic.WrappedKey
import app.tend.core.PhoneLinkKind
import app.tend.core.SosView
import app.tend.core.TendException
import app.tend.core.Today
import app.tend.ffi.TendStore
import app.tend.ffi.crisisLines
import app.tend.ffi.phoneLink
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

private enum class Screen { TODAY, SOS }

/** What the store gave us, or why it could not be opened (never "start fresh"). */
private sealed class Loaded<out T> {
    object Loading : Loaded<Nothing>()

    data class Ready<T>(val value: T) : Loaded<T>()

    data class Failed(val messageRes: Int) : Loaded<Nothing>()
}

private suspend fun <T> load(
    app: TendApplication,
    block: suspend (TendStore) -> T,
): Loaded<T> =
    try {
        Loaded.Ready(block(app.store()))
    } catch (e: KeyUnavailable) {
        Loaded.Failed(stringRes(WrappedKey.messageKey(e.decision) ?: "cannot_open"))
    } catch (e: TendException) {
        Loaded.Failed(R.string.cannot_open)
    }

@OptIn(ExperimentalMaterial3Api::class)
@Composable
private fun TendScreens(app: TendApplication) {
    var screen by remember { mutableStateOf(Screen.TODAY) }
    Scaffold(
        topBar = { TopAppBar(title = { Text(stringResource(if (screen == Screen.TODAY) R.string.today else R.string.sos)) }) },
        bottomBar = {
            NavigationBar {
                NavigationBarItem(selected = screen == Screen.TODAY, onClick = { screen = Screen.TODAY }, icon = {}, label = { Text(stringResource(R.string.today)) })
                NavigationBarItem(selected = screen == Screen.SOS, onClick = { screen = Screen.SOS }, icon = {}, label = { Text(stringResource(R.string.sos)) })
            }
        },
    ) { padding ->
        when (screen) {
            Screen.TODAY -> TodayScreen(app, padding)
            Screen.SOS -> SosScreen(app, padding)
        }
    }
}

@Composable
private fun TodayScreen(
    app: TendApplication,
    padding: PaddingValues,
) {
    var today by remember { mutableStateOf<Loaded<Today>>(Loaded.Loading) }
    var notificationsOn by remember { mutableStateOf(app.scheduler.notificationsAllowed()) }
    val exact = remember { app.scheduler.exactAllowed() }
    val context = androidx.compose.ui.platform.LocalContext.current
    val scope = rememberCoroutineScope()
    val permission =
        rememberLauncherForActivityResult(ActivityResultContracts.RequestPermission()) { granted ->
            notificationsOn = granted
            // The core sees the permission change and hands the plan to the OS afresh.
            scope.launch(Dispatchers.IO) { runCatching { app.scheduler.replan() } }
        }
    LaunchedEffect(Unit) { today = load(app) { it.todayAsync(app.zone()) } }

    LazyColumn(Modifier.fillMaxSize().padding(padding).padding(16.dp), verticalArrangement = Arrangement.spacedBy(12.dp)) {
        if (!notificationsOn && Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) {
            item {
                Notice(stringResource(R.string.notifications_off), stringResource(R.string.turn_on)) {
                    permission.launch(Manifest.permission.POST_NOTIFICATIONS)
                }
            }
        }
        if (!exact && Build.VERSION.SDK_INT >= Build.VERSION_CODES.S) {
            item {
                Notice(stringResource(R.string.inexact), stringResource(R.string.allow)) {
                    context.startActivity(
                        Intent(Settings.ACTION_REQUEST_SCHEDULE_EXACT_ALARM, Uri.parse("package:" + context.packageName)),
                    )
                }
            }
        }
        when (val t = today) {
            Loaded.Loading -> {}
            is Loaded.Failed -> item { Text(stringResource(t.messageRes)) }
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

@Composable
private fun SosScreen(
    app: TendApplication,
    padding: PaddingValues,
) {
    val country = Locale.getDefault().country.ifBlank { null }
    // Crisis lines need no store: they show even when the store cannot be opened.
    var sos by remember { mutableStateOf<SosView?>(null) }
    val lines = remember(country) { crisisLines(country) }
    val context = androidx.compose.ui.platform.LocalContext.current
    LaunchedEffect(Unit) {
        sos = (withContext(Dispatchers.IO) { load(app) { it.sos(country, java.time.ZoneId.systemDefault().id) } } as? Loaded.Ready)?.value
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
