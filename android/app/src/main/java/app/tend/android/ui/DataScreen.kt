// The Data screen (rendering only): save a backup, restore one, and — only when the store cannot
// be opened — move it aside to start afresh. Decisions in logic/DataActions.kt, the work in the
// core, the files through TendHost.
package app.tend.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.Checkbox
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.android.logic.DataMessage

data class DataState(
    val passphrase: String = "",
    val replace: Boolean = false,
    /** The store cannot be opened: offer to move it aside. */
    val canQuarantine: Boolean = false,
    val message: DataMessage? = null,
    val working: Boolean = false,
)

@Composable
fun DataScreen(
    state: DataState,
    padding: PaddingValues,
    onPassphrase: (String) -> Unit,
    onReplace: (Boolean) -> Unit,
    onExport: () -> Unit,
    onImport: () -> Unit,
    onQuarantine: () -> Unit,
) {
    Column(
        Modifier.fillMaxSize().padding(padding).verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(stringResource(R.string.data_intro))
        OutlinedTextField(
            value = state.passphrase,
            onValueChange = onPassphrase,
            label = { Text(stringResource(R.string.passphrase_optional)) },
            visualTransformation = PasswordVisualTransformation(),
            keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Password),
            singleLine = true,
            modifier = Modifier.fillMaxWidth(),
        )
        Button(onClick = onExport, enabled = !state.working) { Text(stringResource(R.string.export_backup)) }
        Row(
            Modifier.fillMaxWidth().toggleable(value = state.replace, role = Role.Checkbox, onValueChange = onReplace),
            verticalAlignment = Alignment.CenterVertically,
        ) {
            Checkbox(checked = state.replace, onCheckedChange = null)
            Text(stringResource(R.string.replace_data), Modifier.padding(start = 8.dp))
        }
        OutlinedButton(onClick = onImport, enabled = !state.working) { Text(stringResource(R.string.import_backup)) }
        if (state.canQuarantine) {
            Text(stringResource(R.string.quarantine_explained), style = MaterialTheme.typography.bodySmall)
            OutlinedButton(onClick = onQuarantine, enabled = !state.working) { Text(stringResource(R.string.quarantine_store)) }
        }
        state.message?.let { m -> Text(stringResource(stringRes(m.key)) + (m.count?.let { " ($it)" } ?: "")) }
    }
}
