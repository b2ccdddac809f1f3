// The one place generated TendCore types become the shell's plain data (TendShellLogic).
// Foundation only besides the two modules: compiled and tested on Linux against the real bindings.
import Foundation
import TendCore
import TendShellLogic

public enum CoreBridge {
    /// The core's snake_case spelling of a kind, as the README documents it.
    public static func kindWire(_ kind: ReminderKind) -> String {
        switch kind {
        case .dailyCheckin: return "daily_checkin"
        case .keepInTouch: return "keep_in_touch"
        case .meeting: return "meeting"
        case .goal: return "goal"
        case .milestone: return "milestone"
        case .gratitude: return "gratitude"
        }
    }

    public static func button(_ kind: ActionKind) -> ReminderButton {
        switch kind {
        case .done: return .done
        case .snooze: return .snooze
        case .skip: return .skip
        }
    }

    public static func request(_ n: ReminderNotification) -> PlannedRequest {
        PlannedRequest(id: n.id, kind: kindWire(n.kind), fireAt: n.fireAt, title: n.title, body: n.body,
                       actions: n.actions.map(button))
    }

    public static func plan(_ p: Plan) -> FullPlan {
        FullPlan(requests: p.notifications.map(request), replanBy: p.replanBy)
    }

    public static func diff(_ d: Diff) -> PlanDiff {
        PlanDiff(schedule: d.schedule.map(request), cancel: d.cancel, replanBy: d.replanBy)
    }

    public static func action(_ a: CoreAction) -> ReminderAction {
        switch a {
        case .done: return .done
        case let .snooze(minutes): return .snooze(minutes: minutes)
        case .skip: return .skip
        }
    }
}
