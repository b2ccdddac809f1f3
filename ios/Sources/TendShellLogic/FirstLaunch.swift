// The first-launch guide, in the order people really build a network: name what you are working
// on (the first network), pick the kinds of support you need, add the people who already help
// (from the phone's contacts through the system picker, or by hand) and say which needs each
// covers, see the gaps with the core's next step, be offered a meeting, choose a daily check-in
// time, and only then be asked for notifications (with the reason). Every step can be skipped;
// skipping everything lands on Today (and the guide is offered again while nothing is built). What a need, a gap or a next step is stays the core's
// (setNeed, importVcards, coverage); this keeps where the guide is and what it has done.
import Foundation
import TendCore

public struct FirstLaunchGuide: Sendable {
    public enum Step: Int, Comparable, CaseIterable, Sendable {
        case network, needs, people, gaps, meeting, checkinTime, notifications, done

        public static func < (a: Step, b: Step) -> Bool { a.rawValue < b.rawValue }
    }

    public private(set) var step: Step = .network
    /// The network named in the first step.
    public private(set) var network: Network?
    /// The kinds of support chosen, in the core's order.
    public private(set) var needs: [SupportKind] = []
    /// The people added in the guide, as the store returned them (support updated as ticked).
    public private(set) var people: [Person] = []
    /// Needs nobody covers, each with the core's next step.
    public private(set) var gaps: [Coverage] = []
    /// The last refusal or failure, for the current step.
    public private(set) var problem: Problem?

    public init() {}

    // Whether to offer the guide is the core's `needsWelcome()` (nothing built yet); skipping
    // stores nothing, so an empty store is offered it again at the next launch.

    public var finished: Bool { step == .done }

    /// Which step number to say ("2 of 7"); the last step only comes after a check-in time.
    public var position: (step: Int, of: Int) {
        (min(step.rawValue + 1, Step.notifications.rawValue + 1), Step.notifications.rawValue + 1)
    }

    // MARK: 1. The network

    /// Adds the network (or renames it when the user came back to this step).
    @discardableResult
    public mutating func nameNetwork(_ form: NetworkForm, store: TendStore) -> Bool {
        var form = form
        if let network { form = NetworkForm(network, renamedTo: form) }
        switch form.save(store) {
        case let .success(saved):
            network = saved
            problem = nil
            step = .needs
            return true
        case let .failure(problem):
            self.problem = problem
            return false
        }
    }

    // MARK: 2. Needs

    /// Sets exactly `kinds` as the network's needs (essential), removing any unticked since.
    @discardableResult
    public mutating func chooseNeeds(_ kinds: Set<SupportKind>, store: TendStore) -> Bool {
        guard let id = network?.id else { return advance(to: .meeting) }
        let chosen = SupportKind.allCases.filter(kinds.contains)
        let result = attempt {
            for kind in chosen where !needs.contains(kind) {
                _ = try store.setNeed(networkId: id, kind: kind, importance: .essential, note: nil)
            }
            for kind in needs where !kinds.contains(kind) {
                try store.removeNeed(networkId: id, kind: kind)
            }
        }
        if case let .failure(problem) = result {
            self.problem = problem
            return false
        }
        needs = chosen
        return advance(to: .people)
    }

    // MARK: 3. People

    /// Adds the people of vCard text from the system contact picker (no contacts permission:
    /// the picker hands over only what the user picked) to the network with `role`. Returns
    /// those added now, or already known and now in this network; a card the core could not
    /// read is its refusal ("contact").
    @discardableResult
    public mutating func addPicked(vcards: String, role: Role, store: TendStore) -> [Person] {
        guard let id = network?.id else { return [] }
        let result = attempt { () -> ([Person], ContactsReport) in
            let before = Set(try store.people(networkId: id).map(\.id))
            let report = try store.importVcards(text: vcards, networkId: id, role: role)
            return (try store.people(networkId: id).filter { !before.contains($0.id) }, report)
        }
        switch result {
        case let .success((added, report)):
            people += added
            // Nobody could be added: say why the first card was skipped, in the core's message.
            problem = added.isEmpty
                ? report.skipped.first.map { .invalid(field: "contact", message: $0.reason) }
                : nil
            return added
        case let .failure(problem):
            self.problem = problem
            return []
        }
    }

    /// What the by-hand row ticks for a role until the user changes it: the chosen needs that
    /// people in that role usually meet (the core's typicalSupport).
    public func typicalCovers(_ role: Role) -> Set<SupportKind> {
        Set(typicalSupport(role: role)).intersection(needs)
    }

    /// Adds someone by name and role, covering `covers` of the chosen needs; the other kinds of
    /// support people in that role usually give come with them, as the core assumes elsewhere.
    @discardableResult
    public mutating func addByHand(name: String, role: Role, covers: Set<SupportKind>, store: TendStore) -> Person? {
        guard let id = network?.id else { return nil }
        var form = PersonForm(networks: [id])
        form.name = name
        form.role = role
        form.support = Set(typicalSupport(role: role)).subtracting(needs).union(covers.intersection(needs))
        switch form.save(store) {
        case let .success(person):
            people.append(person)
            problem = nil
            return person
        case let .failure(problem):
            self.problem = problem
            return nil
        }
    }

    /// Which of the chosen needs a person covers, as ticked on their row.
    public func covers(_ person: Person) -> Set<SupportKind> {
        Set(person.support).intersection(needs)
    }

    /// Says which of the chosen needs a person covers; other kinds of support they give stay.
    @discardableResult
    public mutating func setCovers(_ personId: Int64, _ kinds: Set<SupportKind>, store: TendStore) -> Bool {
        guard let index = people.firstIndex(where: { $0.id == personId }) else { return false }
        var form = PersonForm(people[index])
        form.support = form.support.subtracting(needs).union(kinds.intersection(needs))
        switch form.save(store) {
        case let .success(person):
            people[index] = person
            problem = nil
            return true
        case let .failure(problem):
            self.problem = problem
            return false
        }
    }

    /// Done adding people: the gaps, as the core sees them now.
    @discardableResult
    public mutating func finishPeople(store: TendStore) -> Bool {
        guard let id = network?.id else { return advance(to: .meeting) }
        switch attempt({ try store.coverage(networkId: id) }) {
        case let .success(coverage):
            gaps = coverage.filter { $0.coveredBy.isEmpty }
            return advance(to: .gaps)
        case let .failure(problem):
            self.problem = problem
            return false
        }
    }

    // MARK: 6. The daily check-in

    /// Sets the daily check-in time; the next step asks for notifications, saying why.
    @discardableResult
    public mutating func setCheckinTime(_ minutes: UInt16, store: TendStore) -> Bool {
        switch attempt({ try store.setSetting(key: "checkin_times", value: hhmm(minutes)) }) {
        case .success:
            return advance(to: .notifications)
        case let .failure(problem):
            self.problem = problem
            return false
        }
    }

    // MARK: Moving on

    /// On from a step that needs no answer (the gaps, the meeting offer, the permission asked).
    public mutating func next() {
        switch step {
        case .gaps: advance(to: .meeting)
        case .meeting: advance(to: .checkinTime)
        case .notifications: advance(to: .done)
        default: skip()
        }
    }

    /// Skips this step. Without a network there are no needs, people or gaps to ask about;
    /// without a check-in time there is no reason to ask for notifications.
    public mutating func skip() {
        switch step {
        case .network: advance(to: .meeting)
        case .needs: advance(to: .people)
        case .people: advance(to: .gaps)
        case .gaps: advance(to: .meeting)
        case .meeting: advance(to: .checkinTime)
        case .checkinTime, .notifications, .done: advance(to: .done)
        }
    }

    /// Skips the rest of the guide.
    public mutating func skipAll() {
        advance(to: .done)
    }

    /// Back one step, to change an answer (nothing stored is undone).
    public mutating func back() {
        guard step > .network, step < .done else { return }
        var previous = Step(rawValue: step.rawValue - 1) ?? .network
        if network == nil, previous < .meeting, previous > .network { previous = .network }
        problem = nil
        step = previous
    }

    @discardableResult
    private mutating func advance(to next: Step) -> Bool {
        problem = nil
        step = next
        return true
    }
}

extension NetworkForm {
    /// The stored network renamed (and refocused) as `typed`.
    init(_ network: Network, renamedTo typed: NetworkForm) {
        self.init(network)
        name = typed.name
        focus = typed.focus
        since = typed.since
    }
}
