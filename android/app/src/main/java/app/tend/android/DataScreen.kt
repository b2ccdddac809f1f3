// The Data screen (rendering only): export a backup, import one, and — only when the store cannot
// be opened — move it aside to start afresh. Decisions in logic/DataActions.kt, files in
// DataFiles.kt, the work in the core.
package app.tend.android

import androidx.activity.compose.rememberLauncherForActivityResult
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.Checkbox
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.unit.dp
import app.tend.android.logic.DataActions
import app.tend.android.logic.DataMessage
import app.tend.android.logic.LoadFailure
import app.tend.ffi.quarantineStore
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import java.time.LocalDate

@Composable
fun DataScreen(
    app: TendApplication,
    padding: PaddingValues,
    storeFailure: LoadFailure?,
) {
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    var passphrase by remember { mutableStateOf("") }
    var replace by remember { mutableStateOf(false) }
    var message by remember { mutableStateOf<DataMessage?>(null) }

    val export =
        rememberLauncherForActivityResult(ActivityResultContracts.CreateDocument(DataActions.MIME)) { uri ->
            if (uri == null) return@rememberLauncherForActivityResult
            scope.launch {
                message =
                    DataActions.exported(
                        withContext(Dispatchers.IO) {
                            runCatching { DataFiles.write(context, uri, app.store().exportBackupAsync(DataActions.passphrase(passphrase))) }
                        },
                    )
            }
        }
    val import =
        rememberLauncherForActivityResult(ActivityResultContracts.OpenDocument()) { uri ->
            if (uri == null) return@rememberLauncherForActivityResult
            scope.launch {
                message =
                    DataActions.imported(
                        withContext(Dispatchers.IO) {
                            runCatching { app.store().importBackupAsync(DataFiles.read(context, uri), DataActions.passphrase(passphrase), replace) }
                        },
                    )
                // Restored people and groups have reminders of their own.
                withContext(Dispatchers.IO) { runCatching { app.scheduler.replan() } }
            }
        }

    Column(Modifier.fillMaxSize().padding(padding).padding(16.dp), verticalArrangement = Arrangement.spacedBy(12.dp)) {
        Text(stringResource(R.string.data_intro))
        OutlinedTextField(
            value = passphrase,
            onValueChange = { passphrase = it },
            label = { Text(stringResource(R.string.passphrase_optional)) },
            visualTransformation = PasswordVisualTransformation(),
            singleLine = true,
        )
        Button(onClick = { export.launch(DataActions.backupFileName(LocalDate.now())) }) { Text(stringResource(R.string.export_backup)) }
        Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            Checkbox(checked = replace, onCheckedChange = { replace = it })
            Text(stringResource(R.string.replace_data))
        }
        OutlinedButton(onClick = { import.launch(arrayOf("*/*")) }) { Text(stringResource(R.string.import_backup)) }
        if (DataActions.canQuarantine(storeFailure)) {
            Text(stringResource(R.string.quarantine_explained), style = MaterialTheme.typography.bodySmall)
            OutlinedButton(onClick = {
                scope.launch {
                    val moved = withContext(Dispatchers.IO) { runCatching { KeystoreKey(app).let { k -> quarantineStore(k.databaseFile.path, runCatching { k.databaseKey() }.getOrNull()) } } }
                    message = if (moved.isSuccess) DataMessage("quarantine_done") else DataMessage("data_failed")
                }
            }) { Text(stringResource(R.string.quarantine_store)) }
        }
        message?.let { m -> Text(stringResource(stringRes(m.key)) + (m.count?.let { " ($it)" } ?: "")) }
    }
}
