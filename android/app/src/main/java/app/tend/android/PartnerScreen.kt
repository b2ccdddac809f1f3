// The Partner screen (rendering only): per person in a network, a switch for each item they may
// see, the exact text as the core previews it, and Share… to hand the summary to the share sheet;
// then the live channel (Matrix): connect, link, send, revoke, the inbox (PartnerChannelViews.kt).
// Decisions in logic/PartnerSharing.kt and logic/PartnerChannel.kt, the share sheet in
// PartnerShare.kt, the rules in the core. Channel calls block on the network: always on IO.
package app.tend.android

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.unit.dp
import app.tend.android.logic.ChannelLine
import app.tend.android.logic.PartnerChannel
import app.tend.android.logic.PartnerSharing
import app.tend.android.logic.ShareMessage
import app.tend.core.InboxMessage
import app.tend.core.MatrixAccount
import app.tend.core.PartnerLink
import app.tend.core.PartnerPreview
import app.tend.core.PartnerRow
import app.tend.core.ShareItem
import app.tend.core.ShareToggle
import app.tend.ffi.TendStore
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext

/** Everything the screen shows, read from the core in one go (no network in it). */
private data class PartnerState(
    val rows: List<PartnerRow>,
    val nothingShared: Boolean,
    val previews: Map<Long, PartnerPreview>,
    val account: MatrixAccount?,
    val links: Map<Long, PartnerLink>,
    val warnings: Map<Long, ChannelLine>,
    val inbox: List<InboxMessage>,
)

@Composable
fun PartnerScreen(
    app: TendApplication,
    padding: PaddingValues,
) {
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    var state by remember { mutableStateOf<PartnerState?>(null) }
    var failed by remember { mutableStateOf(false) }
    var messages by remember { mutableStateOf<Map<Long, ShareMessage>>(emptyMap()) }
    var daysField by remember { mutableStateOf<Map<Long, String>>(emptyMap()) }
    // The last channel call's lines, and whose card shows them (null: the channel card).
    var channelStatus by remember { mutableStateOf<Pair<Long?, List<ChannelLine>>?>(null) }
    var working by remember { mutableStateOf(false) }

    suspend fun reload() {
        val read =
            withContext(Dispatchers.IO) {
                runCatching {
                    val store = app.store()
                    val rows = store.partnerRows()
                    val previews = rows.filter { r -> r.toggles.any { it.on } }.associate { it.person.id to store.partnerPreview(it.person.id, app.zone()) }
                    val account = store.matrixAccount()
                    val links = store.partnerLinks()
                    PartnerState(
                        rows, PartnerSharing.nothingShared(rows), previews, account,
                        links.associateBy { it.person.id }, PartnerChannel.warnings(links), store.partnerInbox(),
                    )
                }
            }
        failed = read.isFailure
        state = read.getOrNull() ?: state
    }

    fun flip(
        row: PartnerRow,
        toggle: ShareToggle,
    ) {
        scope.launch {
            val days = if (toggle.item == ShareItem.DECLINE && !toggle.on) PartnerSharing.declineDays(daysField[row.person.id].orEmpty()) else null
            val result = withContext(Dispatchers.IO) { runCatching { app.store().setConsent(row.person.id, toggle.item, !toggle.on, days) } }
            messages = result.exceptionOrNull()?.let { messages + (row.person.id to PartnerSharing.refusal(it)) } ?: (messages - row.person.id)
            reload()
        }
    }

    /** One channel call (it blocks on the network, up to two minutes): on IO, its lines shown. */
    fun channel(
        person: Long?,
        call: (TendStore) -> List<ChannelLine>,
    ) {
        scope.launch {
            working = true
            val result = withContext(Dispatchers.IO) { runCatching { call(app.store()) } }
            channelStatus = person to result.getOrElse { listOf(PartnerChannel.error(it)) }
            working = false
            reload()
        }
    }

    fun sync() = channel(null) { s -> PartnerChannel.lines(s.partnerSync(app.zone())) }

    LaunchedEffect(Unit) {
        reload()
        // Opening the screen syncs (messages in, what waits out) once an account is connected.
        if (state?.account != null) sync()
    }

    LazyColumn(Modifier.fillMaxSize().padding(padding).padding(16.dp), verticalArrangement = Arrangement.spacedBy(12.dp)) {
        item { Text(stringResource(R.string.partner_intro)) }
        if (failed) item { Text(stringResource(R.string.cannot_read)) }
        val s = state
        if (s != null) {
            item {
                ChannelAccountCard(
                    s.account,
                    working,
                    onConnect = { hs, user, password ->
                        channel(null) { st ->
                            st.matrixConnect(hs, user, password)
                            PartnerSyncJob.schedulePeriodic(context)
                            PartnerChannel.lines(st.partnerSync(app.zone()))
                        }
                    },
                    onSync = ::sync,
                )
            }
            channelStatus?.takeIf { it.first == null }?.let { (_, lines) -> items(lines) { ChannelText(it) } }
            if (s.nothingShared) item { Text(stringResource(R.string.nothing_shared), style = MaterialTheme.typography.titleMedium) }
            if (s.rows.isEmpty()) item { Text(stringResource(R.string.no_partners_yet)) }
            items(s.rows, key = { it.person.id }) { row ->
                Card(Modifier.fillMaxWidth()) {
                    Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                        Text(row.person.name, style = MaterialTheme.typography.titleSmall)
                        if (row.paused) Text(stringResource(R.string.partner_paused), style = MaterialTheme.typography.bodySmall)
                        for (t in row.toggles) {
                            Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                                Switch(checked = t.on, onCheckedChange = { flip(row, t) }, enabled = t.enabled)
                                Text(itemLabel(t), Modifier.weight(1f))
                                if (t.item == ShareItem.DECLINE && !t.on && t.enabled) {
                                    OutlinedTextField(
                                        value = daysField[row.person.id].orEmpty(),
                                        onValueChange = { v -> daysField = daysField + (row.person.id to v.filter(Char::isDigit).take(3)) },
                                        label = { Text(stringResource(R.string.decline_days)) },
                                        keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Number),
                                        singleLine = true,
                                        modifier = Modifier.width(96.dp),
                                    )
                                }
                            }
                        }
                        messages[row.person.id]?.let { m ->
                            // The core's reason names no one; it fills the message's %1$s.
                            val text = m.reason?.let { stringResource(stringRes(m.key), it) } ?: stringResource(stringRes(m.key))
                            Text(text, color = MaterialTheme.colorScheme.error)
                        }
                        s.previews[row.person.id]?.let { preview ->
                            if (preview.items.isNotEmpty()) {
                                Text(stringResource(R.string.share_preview), style = MaterialTheme.typography.labelLarge)
                                for (p in preview.items) Text(p.text, style = MaterialTheme.typography.bodySmall)
                            }
                            PartnerSharing.shareText(preview)?.let { text ->
                                OutlinedButton(onClick = { PartnerShare.open(context, text) }) { Text(stringResource(R.string.share_button)) }
                            }
                        }
                        val id = row.person.id
                        ChannelPersonControls(
                            row.person,
                            s.links[id],
                            s.warnings[id],
                            connected = s.account != null,
                            working = working,
                            onLink = { mid ->
                                channel(id) { st ->
                                    // The sync right after invites them (the encrypted room).
                                    st.partnerLink(id, mid)
                                    PartnerChannel.lines(st.partnerSync(app.zone()))
                                }
                            },
                            onSend = { text -> channel(id) { st -> PartnerChannel.lines(st.partnerSend(id, text, app.zone())) } },
                            onRevoke = { channel(id) { st -> listOf(PartnerChannel.revoked(st.partnerRevoke(id).leftRoom)) } },
                        )
                        channelStatus?.takeIf { it.first == id }?.second?.forEach { ChannelText(it) }
                    }
                }
            }
            item { ChannelInbox(s.inbox, s.rows.associate { it.person.id to it.person.name }) }
        }
    }
}

@Composable
private fun itemLabel(t: ShareToggle): String =
    when (t.item) {
        ShareItem.SUMMARY -> stringResource(R.string.share_summary)
        ShareItem.MOOD -> stringResource(R.string.share_mood)
        ShareItem.MILESTONES -> stringResource(R.string.share_milestones)
        ShareItem.SOS -> stringResource(R.string.share_sos)
        ShareItem.DECLINE -> t.declineDays?.let { stringResource(R.string.share_decline, it.toInt()) } ?: stringResource(R.string.share_decline_off)
    }
