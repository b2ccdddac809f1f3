// The meeting Search screen (rendering only): filters, "near me" (location asked for only on
// that tap), results from the core's directory, and Join. Decisions in logic/MeetingSearch.kt.
package app.tend.android

import androidx.activity.compose.rememberLauncherForActivityResult
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.LazyRow
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.Checkbox
import androidx.compose.material3.FilterChip
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
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
import app.tend.android.logic.DayChoice
import app.tend.android.logic.FormCheck
import app.tend.android.logic.MeetingSearch
import app.tend.android.logic.NearMeStep
import app.tend.android.logic.SearchForm
import app.tend.core.DirectoryMeeting
import app.tend.core.Network
import app.tend.ffi.meetingTypeFilters
import app.tend.ffi.meetingTypeNames
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext

@Composable
fun SearchScreen(
    app: TendApplication,
    padding: PaddingValues,
) {
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    var form by remember { mutableStateOf(SearchForm()) }
    var invalid by remember { mutableStateOf<String?>(null) }
    var results by remember { mutableStateOf<List<DirectoryMeeting>>(emptyList()) }
    var note by remember { mutableStateOf<Int?>(null) }
    var networks by remember { mutableStateOf<List<Network>>(emptyList()) }
    var picked by remember { mutableStateOf<Long?>(null) }
    LaunchedEffect(Unit) { networks = withContext(Dispatchers.IO) { runCatching { app.store().networks() }.getOrDefault(emptyList()) } }

    fun run() {
        when (val check = MeetingSearch.check(form)) {
            is FormCheck.Invalid -> invalid = check.field
            is FormCheck.Ok -> {
                invalid = null
                scope.launch {
                    val found = withContext(Dispatchers.IO) { runCatching { app.store().searchDirectory(check.query) } }
                    results = found.getOrDefault(emptyList())
                    note = if (found.isFailure) R.string.cannot_read else if (results.isEmpty()) R.string.no_results else null
                }
            }
        }
    }

    fun useLocation() {
        val here = NearMe.lastKnown(context)
        if (here == null) {
            note = R.string.location_unknown
        } else {
            form = form.copy(near = here)
            run()
        }
    }
    val permission =
        rememberLauncherForActivityResult(ActivityResultContracts.RequestPermission()) { granted ->
            if (granted) useLocation() else note = R.string.location_denied
        }

    LazyColumn(Modifier.fillMaxSize().padding(padding).padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        item {
            OutlinedTextField(form.text, { form = form.copy(text = it) }, label = { Text(stringResource(R.string.search_text)) }, singleLine = true)
        }
        item {
            Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                for ((choice, label) in listOf(DayChoice.Any to R.string.any_day, DayChoice.Today to R.string.today, DayChoice.Tomorrow to R.string.tomorrow)) {
                    FilterChip(selected = form.day == choice, onClick = { form = form.copy(day = choice) }, label = { Text(stringResource(label)) })
                }
            }
        }
        item {
            Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                OutlinedTextField(form.from, { form = form.copy(from = it) }, label = { Text(stringResource(R.string.from_time)) }, isError = invalid == "from", singleLine = true, modifier = Modifier.weight(1f))
                OutlinedTextField(form.to, { form = form.copy(to = it) }, label = { Text(stringResource(R.string.to_time)) }, isError = invalid == "to", singleLine = true, modifier = Modifier.weight(1f))
            }
        }
        item {
            Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                Checkbox(checked = form.online, onCheckedChange = { form = form.copy(online = it) })
                Text(stringResource(R.string.online_only))
            }
        }
        item {
            // The core's filter list, named in the phone's language.
            val filters = remember { meetingTypeFilters(java.util.Locale.getDefault().language) }
            LazyRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                items(filters) { t ->
                    FilterChip(selected = t.code in form.types, onClick = { form = MeetingSearch.toggleType(form, t.code) }, label = { Text(t.name) })
                }
            }
        }
        item {
            Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                Button(onClick = { run() }) { Text(stringResource(R.string.search)) }
                OutlinedButton(onClick = {
                    when (MeetingSearch.nearMe(NearMe.granted(context), deniedForGood = false)) {
                        NearMeStep.READ_LOCATION -> useLocation()
                        NearMeStep.ASK_PERMISSION -> permission.launch(NearMe.PERMISSION)
                        NearMeStep.EXPLAIN_DENIED -> note = R.string.location_denied
                    }
                }) { Text(stringResource(R.string.near_me)) }
            }
        }
        if (networks.size > 1) {
            // Where a joined meeting goes.
            item {
                Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    for (n in networks) {
                        FilterChip(selected = picked == n.id, onClick = { picked = n.id }, label = { Text(n.name) })
                    }
                }
            }
        }
        note?.let { item { Text(stringResource(it)) } }
        items(results, key = { "${it.id}-${it.weekday}-${it.time}" }) { m ->
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    Text(m.name, style = MaterialTheme.typography.titleSmall)
                    Text(MeetingSearch.details(m), style = MaterialTheme.typography.bodySmall)
                    if (m.types.isNotEmpty()) {
                        Text(meetingTypeNames(m.types, java.util.Locale.getDefault().language).joinToString(" · "), style = MaterialTheme.typography.bodySmall)
                    }
                    if (m.joinedGroupId == null) {
                        OutlinedButton(onClick = {
                            scope.launch {
                                val joined = withContext(Dispatchers.IO) { runCatching { app.store().joinDirectoryMeeting(m.id, MeetingSearch.joinTarget(networks.map { it.id }, picked), false) } }
                                note = if (joined.isSuccess) R.string.joined else R.string.cannot_read
                                if (joined.isSuccess) {
                                    withContext(Dispatchers.IO) { runCatching { app.scheduler.replan() } }
                                    run()
                                }
                            }
                        }) { Text(stringResource(R.string.join)) }
                    } else {
                        Text(stringResource(R.string.joined), style = MaterialTheme.typography.bodySmall)
                    }
                }
            }
        }
    }
}
