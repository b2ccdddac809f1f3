// Meeting lists served on this machine's loopback address (the JDK's own HTTP server), so the
// gallery and the UI tests take lists into use and refresh them through the real core without
// touching any other host. Each path answers what the test or scene set: a feed, or a status.
package app.tend.android.desktop

import com.sun.net.httpserver.HttpServer
import java.net.InetSocketAddress
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicInteger

class LoopbackFeeds : AutoCloseable {
    private val server = HttpServer.create(InetSocketAddress("127.0.0.1", 0), 0)
    private val answers = ConcurrentHashMap<String, Pair<Int, ByteArray>>()

    /** How many requests reached the server, per path. */
    val requests = ConcurrentHashMap<String, AtomicInteger>()

    init {
        server.createContext("/") { ex ->
            val path = ex.requestURI.path
            requests.getOrPut(path) { AtomicInteger() }.incrementAndGet()
            val (status, body) = answers[path] ?: (404 to ByteArray(0))
            ex.sendResponseHeaders(status, if (body.isEmpty()) -1 else body.size.toLong())
            ex.responseBody.use { if (body.isNotEmpty()) it.write(body) }
        }
        server.start()
    }

    /** [path] answers [status] with [body] from now on. */
    fun serve(
        path: String,
        body: String,
        status: Int = 200,
    ) {
        answers[path] = status to body.toByteArray()
    }

    fun url(path: String) = "http://127.0.0.1:${server.address.port}$path"

    fun count(path: String) = requests[path]?.get() ?: 0

    override fun close() = server.stop(0)
}

/** A small Meeting Guide feed: one meeting per name, each in Toronto's zone. */
fun feedOf(vararg names: String): String =
    names.mapIndexed { i, name ->
        """{"slug": "m$i", "name": "$name", "day": ${i % 7}, "time": "19:00", "latitude": 44.23, "longitude": -76.49, "timezone": "America/Toronto"}"""
    }.joinToString(",", "[", "]")
