// The Partner screen (rendering only): per person in a network, a switch for each item they may
// see, the exact text as the core previews it, and Share… to hand the summary to the share sheet;
// then the live channel (Matrix): connect, link, send, revoke, the inbox (PartnerChannelViews.kt).
// Decisions in logic/PartnerSharing.kt and logic/PartnerChannel.kt, the rules in the core; the
// calls are TendApp's, off the main thread.
package app.tend.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
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
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.android.logic.ChannelLine
import app.tend.android.logic.PartnerSharing
import app.tend.android.logic.ShareMessage
import app.tend.core.InboxMessage
import app.tend.core.MatrixAccount
import app.tend.core.PartnerLink
import app.tend.core.PartnerPreview
import app.tend.core.PartnerRow
import app.tend.core.ShareItem
import app.tend.core.ShareToggle

/** Everything the screen shows, read from the core in one go (no network in it). */
data class PartnerData(
    val rows: List<PartnerRow>,
    val nothingShared: Boolean,
    val previews: Map<Long, PartnerPreview>,
    val account: MatrixAccount?,
    val links: Map<Long, PartnerLink>,
    val warnings: Map<Long, ChannelLine>,
    /** What the last sync found of each linked person's room, when it is not simply working. */
    val linkStatus: Map<Long, ChannelLine>,
    val inbox: List<InboxMessage>,
)

data class PartnerState(
    val data: PartnerData? = null,
    val failed: Boolean = false,
    /** A refused switch's message, per person. */
    val messages: Map<Long, ShareMessage> = emptyMap(),
    /** The decline-days field as typed, per person. */
    val daysField: Map<Long, String> = emptyMap(),
    /** The last channel call's lines, and whose card shows them (null: the channel card). */
    val channelStatus: Pair<Long?, List<ChannelLine>>? = null,
    /** A channel call is under way (it may take up to two minutes). */
    val working: Boolean = false,
)

/** What the user can do on the Partner screen. */
interface PartnerActions {
    fun toggle(
        row: PartnerRow,
        toggle: ShareToggle,
    )

    fun daysField(
        personId: Long,
        text: String,
    )

    fun share(text: String)

    fun connect(
        homeserver: String,
        user: String,
        password: String,
    )

    fun sync()

    fun link(
        personId: Long,
        matrixId: String,
    )

    fun send(
        personId: Long,
        text: String?,
    )

    fun revoke(personId: Long)

    /** Signs this phone out of Matrix; links and the inbox stay. */
    fun disconnect()
}

@Composable
fun PartnerScreen(
    state: PartnerState,
    padding: PaddingValues,
    actions: PartnerActions,
) {
    LazyColumn(
        Modifier.fillMaxSize().padding(padding),
        contentPadding = PaddingValues(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        item { Text(stringResource(R.string.partner_intro)) }
        if (state.failed) item { Text(stringResource(R.string.cannot_read)) }
        val s = state.data ?: return@LazyColumn
        if (s.nothingShared) item { SectionTitle(stringResource(R.string.nothing_shared)) }
        if (s.rows.isEmpty()) item { Text(stringResource(R.string.no_partners_yet)) }
        items(s.rows, key = { it.person.id }) { row ->
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    Text(row.person.name, style = MaterialTheme.typography.titleMedium)
                    if (row.paused) Text(stringResource(R.string.partner_paused), style = MaterialTheme.typography.bodySmall)
                    for (t in row.toggles) {
                        // The whole row is the switch, so TalkBack reads its label with it.
                        SwitchRow(itemLabel(t), t.on, enabled = t.enabled) { actions.toggle(row, t) }
                        if (t.item == ShareItem.DECLINE && !t.on && t.enabled) {
                            OutlinedTextField(
                                value = state.daysField[row.person.id].orEmpty(),
                                onValueChange = { v -> actions.daysField(row.person.id, v.filter(Char::isDigit).take(3)) },
                                label = { Text(stringResource(R.string.decline_days)) },
                                keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Number),
                                singleLine = true,
                                modifier = Modifier.width(160.dp),
                            )
                        }
                    }
                    state.messages[row.person.id]?.let { m ->
                        // The core's refusal names no one; worded, it fills the message's %1$s.
                        val text = m.reason?.let { stringResource(stringRes(m.key), messageText(it)) } ?: stringResource(stringRes(m.key))
                        Text(text, color = MaterialTheme.colorScheme.error)
                    }
                    s.previews[row.person.id]?.let { preview ->
                        if (preview.items.isNotEmpty()) {
                            Text(stringResource(R.string.share_preview), style = MaterialTheme.typography.labelLarge)
                            for (p in preview.items) Text(p.text, style = MaterialTheme.typography.bodySmall)
                        }
                        PartnerSharing.shareText(preview)?.let { text ->
                            OutlinedButton(onClick = { actions.share(text) }) { Text(stringResource(R.string.share_button)) }
                        }
                    }
                    val id = row.person.id
                    ChannelPersonControls(
                        row.person,
                        s.links[id],
                        s.warnings[id],
                        s.linkStatus[id],
                        connected = s.account != null,
                        working = state.working,
                        onLink = { mid -> actions.link(id, mid) },
                        onSend = { text -> actions.send(id, text) },
                        onRevoke = { actions.revoke(id) },
                    )
                    state.channelStatus?.takeIf { it.first == id }?.second?.forEach { ChannelText(it) }
                }
            }
        }
        item {
            ChannelAccountCard(s.account, state.working, onConnect = actions::connect, onSync = actions::sync, onDisconnect = actions::disconnect)
        }
        state.channelStatus?.takeIf { it.first == null }?.let { (_, lines) -> items(lines) { ChannelText(it) } }
        item { ChannelInbox(s.inbox, s.rows.associate { it.person.id to it.person.name }) }
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
