// What every form shares: the core's reason (its message, in the phone's language) under the
// field it names, the refusal no field shows at the top, what a failure says, and a sheet's
// Cancel / Save. One place, so the forms stay alike and their words move to a String Catalog
// together.
import SwiftUI
import TendShellLogic

enum ProblemWords {
    static func message(_ problem: Problem) -> String {
        switch problem {
        case let .invalid(_, message):
            let reason = message.text
            return String(localized: "Not saved. \(reason)")
        case .gone: return String(localized: "This was removed meanwhile. Nothing was changed.")
        case .failed: return String(localized: "That did not work. Nothing was changed.")
        }
    }
}

/// The core's reason, under the field it names (one of `fields`, by the core's names).
struct FieldError: View {
    let problem: Problem?
    let fields: [String]

    init(_ problem: Problem?, _ fields: String...) {
        self.problem = problem
        self.fields = fields
    }

    var body: some View {
        if let message = fields.lazy.compactMap({ problem?.message(for: $0) }).first {
            Text(message.text).font(.footnote).foregroundStyle(.red)
        }
    }
}

/// A refusal naming none of the form's fields (or a failure), for the top of the form.
struct ProblemRow: View {
    let problem: Problem?

    var body: some View {
        if let problem {
            Text(ProblemWords.message(problem)).foregroundStyle(.red)
        }
    }
}

extension View {
    /// A sheet's Cancel and Save.
    func sheetActions(cancel: @escaping () -> Void, save: @escaping () async -> Void) -> some View {
        toolbar {
            ToolbarItem(placement: .cancellationAction) { Button(String(localized: "Cancel"), action: cancel) }
            ToolbarItem(placement: .confirmationAction) { Button(String(localized: "Save")) { Task { await save() } } }
        }
    }
}

extension DynamicTypeSize {
    /// A row of a label and its buttons: side by side, stacked at the accessibility text sizes so
    /// nothing is cut off.
    var rowLayout: AnyLayout {
        isAccessibilitySize ? AnyLayout(VStackLayout(alignment: .leading)) : AnyLayout(HStackLayout())
    }
}
