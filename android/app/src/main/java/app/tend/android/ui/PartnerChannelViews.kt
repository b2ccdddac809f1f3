// The live partner channel's pieces of the Partner screen (rendering only): the Connect to Matrix
// form, a person's Matrix ID / Link / Send / Revoke controls with the device-change warning and
// what the last sync found of their room, and the Inbox. Calls are made by TendApp off the main thread; wording in logic/PartnerChannel.kt;
// what is sent and when is the core's.
package app.tend.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.android.logic.ChannelLine
import app.tend.android.logic.PartnerChannel
import app.tend.core.InboxMessage
import app.tend.core.MatrixAccount
import app.tend.core.PartnerLink
import app.tend.core.PersonRef
import java.time.ZoneId
import java.time.format.DateTimeFormatter
import java.time.format.FormatStyle

/** One line from logic/PartnerChannel.kt, its %1$s and %2$s filled (a refusal: the core's message, which names no one). */
@Composable
fun ChannelText(
    line: ChannelLine,
    error: Boolean = PartnerChannel.isWarning(line),
) {
    val first = line.problem?.let { messageText(it) } ?: line.arg
    val args = listOfNotNull(first, line.arg2).map(::breakable)
    val text = if (args.isEmpty()) stringResource(stringRes(line.key)) else stringResource(stringRes(line.key), *args.toTypedArray())
    Text(text, color = if (error) MaterialTheme.colorScheme.error else MaterialTheme.colorScheme.onSurface)
}

/**
 * Text that may hold Matrix IDs, with a break opportunity after each ':' and '.' (a zero-width
 * space, which TalkBack does not read): an ID is one long word, and on a narrow phone or at a
 * large font it would run past its box instead of wrapping.
 */
internal fun breakable(text: String): String = text.replace(":", ":\u200B").replace(".", ".\u200B")

/** Connected: who, Sync now and Disconnect. Not connected: the form. The password lives only in this form. */
@Composable
fun ChannelAccountCard(
    account: MatrixAccount?,
    working: Boolean,
    onConnect: (homeserver: String, user: String, password: String) -> Unit,
    onSync: () -> Unit,
    onDisconnect: () -> Unit,
) {
    var confirming by remember { mutableStateOf(false) }
    var homeserver by remember { mutableStateOf("https://") }
    var user by remember { mutableStateOf("") }
    // Never saved (not rememberSaveable, not the store): cleared as soon as Connect is tapped.
    var password by remember { mutableStateOf("") }
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(stringResource(R.string.channel_title), style = MaterialTheme.typography.titleSmall)
            if (account != null) {
                Text(stringResource(R.string.channel_connected, breakable(account.userId)))
                Button(onClick = onSync, enabled = !working) { Text(stringResource(R.string.channel_sync)) }
                TextButton(onClick = { confirming = true }, enabled = !working) { Text(stringResource(R.string.channel_disconnect)) }
            } else {
                OutlinedTextField(
                    homeserver,
                    { homeserver = it.trim() },
                    label = { Text(stringResource(R.string.channel_homeserver)) },
                    keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Uri),
                    singleLine = true,
                )
                OutlinedTextField(user, { user = it.trim() }, label = { Text(stringResource(R.string.channel_user)) }, singleLine = true)
                OutlinedTextField(
                    password,
                    { password = it },
                    label = { Text(stringResource(R.string.channel_password)) },
                    visualTransformation = PasswordVisualTransformation(),
                    keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Password),
                    singleLine = true,
                )
                Button(
                    onClick = {
                        val typed = password
                        password = ""
                        onConnect(homeserver, user, typed)
                    },
                    enabled = !working && user.isNotBlank() && password.isNotEmpty(),
                ) { Text(stringResource(R.string.channel_connect)) }
            }
            if (working) Text(stringResource(R.string.channel_working), style = MaterialTheme.typography.bodySmall)
        }
    }
    if (confirming) {
        AlertDialog(
            onDismissRequest = { confirming = false },
            text = { ChannelText(PartnerChannel.disconnectConfirmation()) },
            confirmButton = {
                TextButton(onClick = {
                    confirming = false
                    onDisconnect()
                }) { Text(stringResource(R.string.channel_disconnect)) }
            },
            dismissButton = { TextButton(onClick = { confirming = false }) { Text(stringResource(R.string.channel_stay_connected)) } },
        )
    }
}

/** A person's channel controls, inside their card on the Partner screen. */
@Composable
fun ChannelPersonControls(
    person: PersonRef,
    link: PartnerLink?,
    warning: ChannelLine?,
    status: ChannelLine?,
    connected: Boolean,
    working: Boolean,
    onLink: (String) -> Unit,
    onSend: (text: String?) -> Unit,
    onRevoke: () -> Unit,
) {
    var matrixId by remember(link?.matrixId) { mutableStateOf(link?.matrixId.orEmpty()) }
    var message by remember { mutableStateOf("") }
    var confirming by remember { mutableStateOf(false) }
    if (!connected) return
    warning?.let { ChannelText(it, error = true) }
    // The field takes the card's width and the button goes below it, so neither is cut at a large
    // font; the ID's shape is a hint under the field rather than in its label.
    OutlinedTextField(
        matrixId,
        { matrixId = it.trim() },
        label = { Text(stringResource(R.string.channel_matrix_id)) },
        supportingText = { Text(stringResource(R.string.channel_matrix_id_hint)) },
        singleLine = true,
        modifier = Modifier.fillMaxWidth(),
    )
    OutlinedButton(onClick = { onLink(matrixId) }, enabled = !working && matrixId.isNotBlank()) { Text(stringResource(R.string.channel_link)) }
    if (link == null) return
    Text(stringResource(R.string.channel_linked, breakable(link.matrixId)), style = MaterialTheme.typography.bodySmall)
    // What the last sync found of their room: waiting for them, they left, someone else there, or
    // their server out of reach (nothing when it works).
    status?.let { ChannelText(it) }
    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        OutlinedButton(onClick = { onSend(null) }, enabled = !working) { Text(stringResource(R.string.channel_send_summary)) }
        TextButton(onClick = { confirming = true }, enabled = !working) { Text(stringResource(R.string.channel_revoke)) }
    }
    OutlinedTextField(message, { message = it }, label = { Text(stringResource(R.string.channel_message)) }, modifier = Modifier.fillMaxWidth())
    OutlinedButton(
        onClick = {
            onSend(message)
            message = ""
        },
        enabled = !working && message.isNotBlank(),
    ) { Text(stringResource(R.string.channel_send_message)) }
    if (confirming) {
        AlertDialog(
            onDismissRequest = { confirming = false },
            text = { ChannelText(PartnerChannel.revokeConfirmation(person)) },
            confirmButton = {
                TextButton(onClick = {
                    confirming = false
                    onRevoke()
                }) { Text(stringResource(R.string.channel_revoke)) }
            },
            dismissButton = { TextButton(onClick = { confirming = false }) { Text(stringResource(R.string.channel_revoke_keep)) } },
        )
    }
}

/** What partners sent, newest first (the core's order): who, when, and the text (in this phone's language when it came as messages). */
@Composable
fun ChannelInbox(
    inbox: List<InboxMessage>,
    names: Map<Long, String>,
) {
    val format = remember { DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault()) }
    Text(stringResource(R.string.channel_inbox), style = MaterialTheme.typography.titleMedium)
    if (inbox.isEmpty()) Text(stringResource(R.string.channel_inbox_empty))
    for (m in inbox) {
        Card(Modifier.fillMaxWidth()) {
            Column(Modifier.padding(12.dp)) {
                Text("${m.personId?.let(names::get) ?: breakable(m.from)} · ${format.format(m.at)}", style = MaterialTheme.typography.labelMedium)
                // A partner's Tend sends its lines as messages too: worded in this phone's language.
                Text(if (m.lines.isEmpty()) m.body else m.lines.map { messageText(it) }.joinToString("\n"))
            }
        }
    }
}
