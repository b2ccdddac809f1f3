// Host (Linux) tests for the bridge probe: prove the generated Swift bindings link against the
// cdylib and that values, typed errors, caught panics and async functions cross the boundary.
import TendCore
import XCTest

final class BridgeProbeTests: XCTestCase {
    func testVersionIsNotEmpty() {
        XCTAssertFalse(tendFfiVersion().isEmpty)
    }

    func testValidNameIsTrimmed() throws {
        XCTAssertEqual(try probeValidateName(name: "  Sam "), "Sam")
    }

    func testBlankNameThrowsInvalidInputForTheNameField() {
        for name in ["", "   "] {
            XCTAssertThrowsError(try probeValidateName(name: name)) { error in
                guard case let TendError.InvalidInput(field, _) = error else {
                    return XCTFail("expected TendError.InvalidInput, got \(error)")
                }
                XCTAssertEqual(field, "name")
            }
        }
    }

    func testPanicSurfacesAsCatchableStorageError() {
        XCTAssertThrowsError(try probePanic()) { error in
            XCTAssertEqual(error as? TendError, TendError.Storage(reason: "internal error"))
        }
    }

    func testAsyncEchoWorksAsAsyncFunction() async {
        let echoed = await probeAsyncEcho(s: "hello, tend")
        XCTAssertEqual(echoed, "hello, tend")
    }

    func testManyConcurrentAsyncCallsComplete() async {
        let inputs = (1...50).map { "call-\($0)" }
        let results = await withTaskGroup(of: (Int, String).self) { group in
            for (index, input) in inputs.enumerated() {
                group.addTask { (index, await probeAsyncEcho(s: input)) }
            }
            var collected = [String](repeating: "", count: inputs.count)
            for await (index, value) in group {
                collected[index] = value
            }
            return collected
        }
        XCTAssertEqual(results, inputs)
    }
}
