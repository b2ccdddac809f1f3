// The bridge benchmark (run by scripts/bench-bridge.sh, never by the test runner: no class here is
// named *Test). Prints, in one run and one process:
//   - the median durable logCheckin called from Kotlin (one transaction each, fresh store) against
//     benchBareInsertMicros, a bare SQLCipher INSERT with the same key handling, pragmas
//     (WAL, synchronous=FULL) and schema, measured by the same library in the same run;
//   - the median cost of noop(), an empty call across the bridge.
package app.tend.bench

import app.tend.core.CheckinData
import app.tend.core.CheckinInput
import app.tend.ffi.TendStore
import app.tend.ffi.benchBareInsertMicros
import app.tend.ffi.noop
import java.io.File
import java.nio.file.Files

private fun median(xs: List<Double>) = xs.sorted()[xs.size / 2]

/** Median microseconds of `count` durable check-ins, each its own call and transaction. */
private fun logCheckinMicros(dir: File, round: Int, count: Int): Double {
    val key = ByteArray(32) { (it * 7 + 3).toByte() }
    val db = File(dir, "bridge-bench-$round.db")
    val times = ArrayList<Double>(count)
    TendStore.open(db.path, key).use { store ->
        for (i in 0 until count) {
            val input = CheckinInput(data = CheckinData.Daily(4u, 1u), zone = "Europe/Dublin", idempotencyKey = "bench-$round-$i")
            val t0 = System.nanoTime()
            store.logCheckin(input)
            times += (System.nanoTime() - t0) / 1_000.0
        }
    }
    dir.listFiles { f -> f.name.startsWith(db.name) }?.forEach { it.delete() }
    return median(times)
}

/** Median nanoseconds per noop() call, over batches of `batch` calls. */
private fun noopNanos(batches: Int, batch: Int): Double {
    val perCall = ArrayList<Double>(batches)
    repeat(batches) {
        val t0 = System.nanoTime()
        repeat(batch) { noop() }
        perCall += (System.nanoTime() - t0).toDouble() / batch
    }
    return median(perCall)
}

fun main(args: Array<String>) {
    val dir = args.getOrNull(0)?.let { File(it).apply { mkdirs() } } ?: Files.createTempDirectory("tend-bench").toFile()
    val rounds = args.getOrNull(1)?.toInt() ?: 21
    val perRound = args.getOrNull(2)?.toInt() ?: 50

    // Warm up the JIT (the record converters run interpreted for the first thousands of calls),
    // JNA and the page cache; not reported.
    logCheckinMicros(dir, -1, 3_000)
    benchBareInsertMicros(dir.path, 300u)
    noopNanos(20, 10_000)

    // Many short rounds, alternating, each on fresh databases, so the disk's weather (other
    // processes' writes, the VM's I/O) hits both sides alike; report medians over rounds.
    val bridge = ArrayList<Double>()
    val bare = ArrayList<Double>()
    val ratios = ArrayList<Double>()
    for (round in 0 until rounds) {
        val b = benchBareInsertMicros(dir.path, perRound.toUInt())
        val k = logCheckinMicros(dir, round, perRound)
        bare += b
        bridge += k
        ratios += k / b
    }
    val ratio = median(ratios)
    val noop = noopNanos(200, 10_000)

    println("bridge benchmark: $rounds rounds x $perRound durable inserts each, in ${dir.path}")
    println("  durable logCheckin from Kotlin : %8.1f us (median of round medians)".format(median(bridge)))
    println("  bare SQLCipher INSERT baseline : %8.1f us (median of round medians, same run)".format(median(bare)))
    println("  ratio                          : %8.2fx (median per-round ratio; goal <= 1.20x) %s".format(ratio, if (ratio <= 1.2) "OK" else "OVER"))
    println("  empty call across the bridge   : %8.0f ns (median of 200 x 10k noop())".format(noop))
}
