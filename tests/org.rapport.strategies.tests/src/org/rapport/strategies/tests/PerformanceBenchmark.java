/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rapport.core.followup.Agenda;
import org.rapport.core.followup.FollowUpCommands;
import org.rapport.core.followup.FollowUpSettings;
import org.rapport.core.followup.FollowUps;
import org.rapport.core.followup.LogRequest;
import org.rapport.core.followup.Relationships;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.ParsedContacts;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.internal.capture.CalendarEvent;
import org.rapport.core.internal.capture.CalendarReader;
import org.rapport.core.internal.capture.CapturePreview;
import org.rapport.core.internal.capture.CaptureStatus;
import org.rapport.core.internal.capture.MailAccount;
import org.rapport.core.internal.capture.MailMessage;
import org.rapport.core.internal.capture.MailSource;
import org.rapport.core.internal.strategies.IncrementalScoring;
import org.rapport.core.internal.strategies.Rescorings;
import org.rapport.core.store.PlanStore;
import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.IStrategyRegistry;
import org.rapport.core.strategies.PlanReplica;
import org.rapport.core.strategies.PlanSnapshot;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.Strategies;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportPackage;
import org.rapport.model.RelationshipStatus;
import org.rapport.model.Tier;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.strategies.AudienceTargetingStrategy;
import org.rapport.strategies.AuthenticityStrategy;
import org.rapport.strategies.FollowUpTrustStrategy;
import org.rapport.strategies.GoalAlignmentStrategy;
import org.rapport.strategies.LearningStrategy;
import org.rapport.strategies.ProactiveOpportunitiesStrategy;
import org.rapport.strategies.ReciprocityStrategy;
import org.rapport.tests.support.MailServer;
import org.rapport.tests.support.SyntheticPlans;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The headless benchmark suite (issue 17), run by {@code ./rapport bench} and never by {@code ./rapport test}: on
 * synthetic plans of 1k, 10k and 100k contacts ({@code RAPPORT_BENCH_SIZES} to choose), each measure runs warm-ups
 * then timed runs in the same JVM and prints the median and the range (fastest to slowest) in milliseconds: the
 * plan's load against a raw SAX pass of the same file, its atomic save against a raw write and fsync of the same
 * bytes, EMF's binary resource, the heap the loaded plan holds against the binary resource's, every built-in
 * strategy and the whole scoring, the editor's rescoring after each common kind of edit (before and after it became
 * incremental, paired), the agenda, and the import of 100 LinkedIn rows (read, preview, apply). Asserts
 * nothing about times.
 */
class PerformanceBenchmark {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
	private static final int LINKEDIN_ROWS = 100;
	private static final int MAIL_MESSAGES = 50_000;
	private static final int CALENDAR_EVENTS = 10_000;
	private static final int SERVER_MESSAGES = 2_000;

	private static final List<IStrategy> STRATEGIES = List.of(new GoalAlignmentStrategy(),
			new AudienceTargetingStrategy(), new ProactiveOpportunitiesStrategy(), new FollowUpTrustStrategy(),
			new LearningStrategy(), new ReciprocityStrategy(), new AuthenticityStrategy());

	/**
	 * A measure's timed runs, in nanoseconds, the collectors' pauses during each, in milliseconds, and the measuring
	 * thread's CPU time of each, in nanoseconds.
	 */
	private record Stats(long[] nanos, long[] gcMillis, long[] cpuNanos) {
		Stats(long[] nanos) {
			this(nanos, new long[nanos.length], new long[nanos.length]);
		}

		double median() {
			return median(nanos);
		}

		double cpuMedian() {
			return median(cpuNanos);
		}

		private static double median(long[] values) {
			long[] s = values.clone();
			Arrays.sort(s);
			return (s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0) / 1e6;
		}

		double min() {
			return Arrays.stream(nanos).min().orElse(0) / 1e6;
		}

		double max() {
			return Arrays.stream(nanos).max().orElse(0) / 1e6;
		}
	}

	@FunctionalInterface
	private interface Work {
		void run() throws Exception;
	}

	@Test
	void suite() throws Exception {
		Assumptions.assumeTrue("1".equals(System.getenv("RAPPORT_BENCH")), "a benchmark: runs with RAPPORT_BENCH=1");
		Assumptions.assumeFalse("rescoring".equals(System.getenv("RAPPORT_BENCH_ONLY")), "only the rescoring asked for");
		String sizes = System.getenv().getOrDefault("RAPPORT_BENCH_SIZES", "1000,10000,100000");
		System.out.println(String.format(Locale.ROOT,
				"PerformanceBenchmark: Java %s, %d processors, max heap %d MB, collectors %s",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getGarbageCollectorMXBeans().stream()
						.map(GarbageCollectorMXBean::getName).toList()));
		System.out.println(
				"PerformanceBenchmark: | measure | contacts | median ms | range ms (runs) | against |");
		for (String size : sizes.split(",")) {
			run(Integer.parseInt(size.strip()));
		}
	}

	/**
	 * The editor's rescoring after one edit, apart from the suite so that it can be run alone
	 * ({@code RAPPORT_BENCH_ONLY=rescoring}, or the suite alone with {@code RAPPORT_BENCH_ONLY=suite});
	 * {@code ./rapport bench} runs both.
	 */
	@Test
	void rescoringAfterOneEdit() throws Exception {
		Assumptions.assumeTrue("1".equals(System.getenv("RAPPORT_BENCH")), "a benchmark: runs with RAPPORT_BENCH=1");
		Assumptions.assumeFalse("suite".equals(System.getenv("RAPPORT_BENCH_ONLY")), "only the suite asked for");
		String sizes = System.getenv().getOrDefault("RAPPORT_BENCH_SIZES", "1000,10000,100000");
		System.out.println(
				"PerformanceBenchmark: | measure | contacts | median ms | range ms (runs) | against |");
		for (String size : sizes.split(",")) {
			int contacts = Integer.parseInt(size.strip());
			int warm = contacts >= 100_000 ? 2 : 5;
			int runs = contacts >= 100_000 ? 5 : 15;
			Path dir = Files.createTempDirectory("rapport-bench");
			Path file = dir.resolve("plan.rapport");
			try {
				new PlanStore().save(SyntheticPlans.generate(contacts, 42, TODAY), file);
				rescoring(file, contacts, warm, runs);
			} finally {
				Files.deleteIfExists(file);
				Files.deleteIfExists(dir.resolve("plan.rapport.bak"));
				Files.deleteIfExists(dir);
			}
		}
	}

	private static void run(int contacts) throws Exception {
		// fewer runs for the large plans: the 100k one loads in seconds
		int warm = contacts >= 100_000 ? 1 : contacts >= 10_000 ? 3 : 5;
		int runs = contacts >= 100_000 ? 3 : contacts >= 10_000 ? 7 : 15;
		Path dir = Files.createTempDirectory("rapport-bench");
		try {
			Path file = dir.resolve("plan.rapport");
			Path copy = dir.resolve("copy.rapport");
			Path raw = dir.resolve("raw.xml");
			NetworkingPlan generated = SyntheticPlans.generate(contacts, 42, TODAY);
			new PlanStore().save(generated, file);
			generated = null;
			String keep = System.getenv("RAPPORT_BENCH_PLANS");
			if (keep != null) {
				// for the command line's cold scoring, which ./rapport bench measures in processes of its own
				Path kept = Files.createDirectories(Path.of(keep)).resolve("plan-" + contacts + ".rapport");
				Files.copy(file, kept, StandardCopyOption.REPLACE_EXISTING);
			}
			byte[] bytes = Files.readAllBytes(file);
			System.out.println(String.format(Locale.ROOT, "PerformanceBenchmark: %,d contacts, %.1f MB of XMI",
					contacts, bytes.length / 1e6));

			SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
			factory.setNamespaceAware(true);
			// in turn, run by run, so that the machine's other work weighs on both alike
			Stats[] pair = measurePair(warm, runs, () -> {
				SAXParser parser = factory.newSAXParser();
				parser.parse(file.toFile(), new DefaultHandler());
			}, () -> new PlanStore().load(file));
			Stats sax = pair[0];
			Stats load = pair[1];
			report("raw SAX pass", contacts, sax, null, null);
			report("PlanStore load", contacts, load, sax, "SAX");
			reportCpu("PlanStore load", contacts, load, sax, "SAX");
			reportGc("PlanStore load", contacts, load);

			NetworkingPlan plan = new PlanStore().load(file);
			Stats write = measure(warm, runs, () -> writeAndSync(raw, bytes));
			report("raw write + fsync", contacts, write, null, null);
			Stats save = measure(warm, runs, () -> new PlanStore().save(plan.eResource(), copy));
			report("PlanStore save (atomic)", contacts, save, write, "raw write");
			reportGc("PlanStore save (atomic)", contacts, save);

			BinaryResourceImpl binaryResource = new BinaryResourceImpl(URI.createURI("memory:/plan.bin")); //$NON-NLS-1$
			binaryResource.getContents().add(EcoreUtil.copy(plan));
			byte[] binary = save(binaryResource);
			Stats binaryLoad = measure(warm, runs, () -> loadBinary(binary));
			report("EMF binary load", contacts, binaryLoad, load, "PlanStore load");
			Stats binarySave = measure(warm, runs, () -> save(binaryResource));
			report("EMF binary save (memory)", contacts, binarySave, save, "PlanStore save");

			long heapXmi = retained(() -> new PlanStore().load(file));
			long heapBinary = retained(() -> loadBinary(binary));
			System.out.println(String.format(Locale.ROOT,
					"PerformanceBenchmark: | heap after load | %,d | %.1f MB | binary resource %.1f MB | %.2fx binary |",
					contacts, heapXmi / 1e6, heapBinary / 1e6, heapXmi / (double) heapBinary));

			ScoringContext context = new ScoringContext(TODAY, () -> false);
			Map<IStrategy, long[]> each = new LinkedHashMap<>();
			for (IStrategy s : STRATEGIES) {
				each.put(s, new long[runs]);
			}
			long[] total = new long[runs];
			for (int i = -warm; i < runs; i++) {
				long all = 0;
				for (IStrategy s : STRATEGIES) {
					long start = System.nanoTime();
					s.score(plan, context);
					long t = System.nanoTime() - start;
					all += t;
					if (i >= 0) {
						each.get(s)[i] = t;
					}
				}
				if (i >= 0) {
					total[i] = all;
				}
			}
			for (Map.Entry<IStrategy, long[]> e : each.entrySet()) {
				report("score " + e.getKey().getClass().getSimpleName(), contacts, new Stats(e.getValue()), null, null);
			}
			report("score, all 7 strategies", contacts, new Stats(total), null, null);

			FollowUpSettings settings = FollowUpSettings.defaults();
			report("agenda", contacts, measure(warm, runs, () -> Agenda.compute(plan, TODAY, settings)), null, null);

			AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
					new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
					new BasicCommandStack(), PlanStore.createResourceSet());
			NetworkingPlan target = new PlanStore().load(file, domain.getResourceSet());
			byte[] csv = linkedIn(LINKEDIN_ROWS);
			Stats importRows = measure(warm, runs, () -> {
				ParsedContacts parsed = ContactFormat.LINKEDIN_CONNECTIONS.newImporter()
						.read(new ByteArrayInputStream(csv), "connections.csv", new NullProgressMonitor()); //$NON-NLS-1$
				ImportPreview.compute(target, parsed, new NullProgressMonitor()).apply(domain);
				domain.getCommandStack().undo();
			});
			report("import " + LINKEDIN_ROWS + " LinkedIn rows (read, preview, apply; undone)", contacts, importRows,
					null, null);
			if (contacts == 10_000) {
				capture(target, domain, contacts, warm, runs);
			}
		} finally {
			try (var rest = Files.list(dir)) {
				for (Path p : (Iterable<Path>) rest::iterator) {
					Files.deleteIfExists(p);
				}
			}
			Files.deleteIfExists(dir);
		}
	}

	/**
	 * Capture: 50,000 parsed message headers and 10,000 calendar events matched with the plan's contacts (the preview),
	 * then applied and undone; the events also read from their iCalendar text; and, from a real IMAP server on this
	 * machine, the headers of 2,000 messages read. A tenth of the messages are list mail, a fifth from strangers.
	 */
	private static void capture(NetworkingPlan plan, AdapterFactoryEditingDomain domain, int contacts, int warm,
			int runs) throws Exception {
		List<String> emails = plan.getContacts().stream().flatMap(c -> ContactInfo.emails(c).stream().limit(1)).toList();
		String me = plan.getOwner() == null ? "owner@example.com" : plan.getOwner().getEmail();
		List<MailMessage> messages = new ArrayList<>();
		for (int i = 0; i < MAIL_MESSAGES; i++) {
			String contact = i % 5 == 4 ? "stranger" + i + "@example.net" : emails.get((i * 7919) % emails.size());
			boolean sent = i % 3 == 0;
			messages.add(new MailMessage("<bench-" + i + "@example.com>", null, TODAY.minusDays(i % 365),
					sent ? me : contact, sent ? List.of(contact, emails.get(i % emails.size())) : List.of(me),
					i % 10 == 9 ? "List-Id" : null));
		}
		report("capture " + MAIL_MESSAGES + " message headers: preview", contacts, measure(warm, runs,
				() -> CapturePreview.compute(plan, messages, "bench", TODAY, null, List.of(), null)), null, null);
		CapturePreview mail = CapturePreview.compute(plan, messages, "bench", TODAY, null, List.of(), null);
		report("capture " + MAIL_MESSAGES + " message headers: apply " + mail.count(CaptureStatus.NEW) + " (undone)",
				contacts, measure(warm, runs, () -> {
					mail.apply(domain);
					domain.getCommandStack().undo();
				}), null, null);

		StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n");
		for (int i = 0; i < CALENDAR_EVENTS; i++) {
			LocalDate day = TODAY.minusDays(i % 365);
			ics.append("BEGIN:VEVENT\r\nUID:bench-").append(i).append("\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:")
					.append(day.toString().replace("-", "")).append("T090000Z\r\nSUMMARY:Meeting ").append(i)
					.append("\r\nORGANIZER:mailto:").append(me).append("\r\n");
			for (int k = 0; k < 3; k++) {
				ics.append("ATTENDEE:mailto:").append(emails.get((i * 31 + k * 997) % emails.size())).append("\r\n");
			}
			ics.append("ATTENDEE:mailto:stranger").append(i).append("@example.net\r\nEND:VEVENT\r\n");
		}
		byte[] calendar = ics.append("END:VCALENDAR\r\n").toString().getBytes(StandardCharsets.UTF_8);
		CalendarReader reader = new CalendarReader(java.time.ZoneOffset.UTC);
		int few = Math.max(1, runs / 2);
		report("capture " + CALENDAR_EVENTS + " calendar events: read the .ics (" + calendar.length / 1000 + " KB)",
				contacts, measure(1, few, () -> reader.read(new ByteArrayInputStream(calendar), "bench.ics")), null, null);
		List<CalendarEvent> events = reader.read(new ByteArrayInputStream(calendar), "bench.ics");
		report("capture " + CALENDAR_EVENTS + " calendar events: preview", contacts, measure(warm, runs,
				() -> CapturePreview.compute(plan, events, "bench", TODAY, null, List.of(), null)), null, null);
		CapturePreview meetings = CapturePreview.compute(plan, events, "bench", TODAY, null, List.of(), null);
		report("capture " + CALENDAR_EVENTS + " calendar events: apply " + meetings.count(CaptureStatus.NEW)
				+ " (undone)", contacts, measure(warm, runs, () -> {
					meetings.apply(domain);
					domain.getCommandStack().undo();
				}), null, null);

		try (MailServer server = MailServer.start("owner@example.com", "owner", "secret")) {
			for (int i = 0; i < SERVER_MESSAGES; i++) {
				MailMessage m = messages.get(i);
				server.store(i % 3 == 0 ? "Sent" : "INBOX", "Message-ID: " + m.messageId() + "\nDate: "
						+ java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(m.day().atStartOfDay(java.time.ZoneOffset.UTC))
						+ "\nFrom: " + m.sender() + "\nTo: " + String.join(", ", m.recipients()) + "\nSubject: s\n\nbody\n");
			}
			MailAccount account = new MailAccount(server.url(), "owner", List.of(), false);
			report("capture: read the headers of " + SERVER_MESSAGES + " messages from an IMAP server (GreenMail, here)",
					contacts, measure(1, few, () -> new MailSource(java.time.ZoneOffset.UTC).read(account,
							"secret".toCharArray(), null, null)), null, null);
		}
	}

	/**
	 * The editor's rescoring after one edit (issue 17): the plan in an editing domain with the editor's
	 * {@link PlanReplica}, each kind of edit made as the workbench makes it (a command), then, as {@code PlanScoring}
	 * does once the model is quiet, the replica brought up to date (the owner's thread) and the strategies whose
	 * classes the edit touched ({@link IncrementalScoring#toScore}) scored on its copy: through {@link Rescorings}, from
	 * what they kept at the previous run (after), and each in full on the same copy as before this change (before), in
	 * alternating order, paired run by run. Every edit is undone and the undo rescored before the next run.
	 */
	private static final String LOGGING = "logging an interaction (answering follow-ups, the next scheduled)"; //$NON-NLS-1$

	private static void rescoring(Path file, int contacts, int warm, int runs) throws Exception {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new BasicCommandStack(), PlanStore.createResourceSet());
		NetworkingPlan plan = new PlanStore().load(file, domain.getResourceSet());
		IStrategyRegistry registry = Strategies.getRegistry();
		List<StrategyDescriptor> builtIns = registry.getStrategies().stream()
				.filter(strategy -> strategy.getId().startsWith("org.rapport.strategies.")).toList(); //$NON-NLS-1$
		ScoringContext context = new ScoringContext(TODAY, () -> false);
		PlanReplica replica = new PlanReplica(plan);
		Semaphore ready = new Semaphore(0);
		replica.addListener(ready::release);
		Rescorings rescorings = new Rescorings(replica);
		Set<String> classes = new HashSet<>();
		EContentAdapter recorder = new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				classes.addAll(IncrementalScoring.changeOf(notification).eClassNames());
			}
		};
		plan.eResource().eAdapters().add(recorder);
		try {
			// the first run scores everything in full, as the editor's first run does
			rescore(replica, ready, rescorings, registry, builtIns, context);
			Contact contact = plan.getContacts().get(1);
			Contact judged = plan.getContacts().stream()
					.filter(c -> c.getTier() == Tier.A && Relationships.keepsCadence(c)).findFirst().orElseThrow();
			Contact withFollowUps = plan.getContacts().stream()
					.filter(c -> !FollowUps.answerable(List.of(c), TODAY).isEmpty()).findFirst().orElseThrow();
			FollowUp open = plan.getFollowUps().stream().filter(f -> f.getStatus() == FollowUpStatus.OPEN).findFirst()
					.orElseThrow();
			Map<String, Supplier<Command>> edits = new LinkedHashMap<>();
			edits.put("a contact's first name", () -> SetCommand.create(domain, contact,
					RapportPackage.Literals.CONTACT__FIRST_NAME, contact.getFirstName() + "x"));
			edits.put("a contact's tier",
					() -> SetCommand.create(domain, judged, RapportPackage.Literals.CONTACT__TIER, Tier.B));
			edits.put("a contact's status",
					() -> FollowUpCommands.setStatus(domain, List.of(judged), RelationshipStatus.DORMANT));
			edits.put(LOGGING,
					() -> FollowUpCommands.logInteraction(domain, plan,
							new LogRequest(List.of(withFollowUps), Channel.PHONE, TODAY, "Caught up", null,
									FollowUps.answerable(List.of(withFollowUps), TODAY), TODAY.plusDays(30), null)));
			edits.put("completing a follow-up", () -> FollowUpCommands.done(domain, open, TODAY));
			// a first pass over every kind of edit warms up the whole path, so the first kind measured is not the
			// one that pays for the compiler
			for (Map.Entry<String, Supplier<Command>> edit : edits.entrySet()) {
				for (int i = 0; i < warm; i++) {
					domain.getCommandStack().execute(edit.getValue().get());
					rescore(replica, ready, rescorings, registry, builtIns, context);
					domain.getCommandStack().undo();
					rescore(replica, ready, rescorings, registry, builtIns, context);
				}
			}
			for (Map.Entry<String, Supplier<Command>> edit : edits.entrySet()) {
				long[] apply = new long[runs];
				long[] after = new long[runs];
				long[] before = new long[runs];
				int affected = 0;
				for (int i = -warm; i < runs; i++) {
					classes.clear();
					domain.getCommandStack().execute(edit.getValue().get());
					List<StrategyDescriptor> toScore = IncrementalScoring.toScore(builtIns, false, classes, Set.of());
					affected = toScore.size();
					long start = System.nanoTime();
					PlanSnapshot snapshot = acquire(replica, ready);
					long applied = System.nanoTime();
					long incremental;
					long full;
					try {
						if ((i & 1) == 0) {
							incremental = time(() -> toScore.forEach(
									strategy -> rescorings.score(registry, strategy, snapshot.getPlan(), context)));
							full = time(() -> toScore.forEach(strategy -> registry.score(strategy, snapshot.getPlan(), context)));
						} else {
							full = time(() -> toScore.forEach(strategy -> registry.score(strategy, snapshot.getPlan(), context)));
							incremental = time(() -> toScore.forEach(
									strategy -> rescorings.score(registry, strategy, snapshot.getPlan(), context)));
						}
					} finally {
						replica.release();
					}
					if (i >= 0) {
						apply[i] = applied - start;
						after[i] = incremental;
						before[i] = full;
					}
					domain.getCommandStack().undo();
					rescore(replica, ready, rescorings, registry, builtIns, context);
				}
				String what = "rescoring after one edit: " + edit.getKey() + " (" + affected + " of " + builtIns.size()
						+ " strategies)";
				report(what + ", before: each in full", contacts, new Stats(before), null, null);
				report(what + ", after: incremental", contacts, new Stats(after), new Stats(before), "before");
				report(what + ": the replica brought up to date (owner's thread)", contacts, new Stats(apply), null, null);
			}
			firstCopyAfterAnEdit(plan, domain, edits.get(LOGGING), contacts, runs);
		} finally {
			plan.eResource().eAdapters().remove(recorder);
			rescorings.dispose();
			replica.dispose();
		}
	}

	/**
	 * The first copy of a replica handed over when the plan was edited while the job made it (an interaction logged
	 * just after the job was scheduled): the owner's thread brings the copy up to date and mends what the job may
	 * have missed. A new replica each run; the edit is undone after.
	 */
	private static void firstCopyAfterAnEdit(NetworkingPlan plan, AdapterFactoryEditingDomain domain,
			Supplier<Command> edit, int contacts, int runs) throws InterruptedException {
		int timed = Math.max(3, runs / 3);
		long[] handover = new long[timed];
		for (int i = -1; i < timed; i++) {
			PlanReplica replica = new PlanReplica(plan);
			Semaphore ready = new Semaphore(0);
			replica.addListener(ready::release);
			try {
				if (replica.acquire() != null) {
					throw new IllegalStateException("a new replica has no copy yet"); //$NON-NLS-1$
				}
				domain.getCommandStack().execute(edit.get());
				while (!replica.isReady()) {
					if (!ready.tryAcquire(120, TimeUnit.SECONDS)) {
						throw new IllegalStateException("the replica never became ready"); //$NON-NLS-1$
					}
				}
				long start = System.nanoTime();
				PlanSnapshot snapshot = replica.acquire();
				long took = System.nanoTime() - start;
				if (snapshot == null) {
					throw new IllegalStateException("the first copy was not handed over"); //$NON-NLS-1$
				}
				if (i >= 0) {
					handover[i] = took;
				}
				replica.release();
			} finally {
				replica.dispose();
				domain.getCommandStack().undo();
			}
		}
		report("the first copy handed over after " + LOGGING + " while it was made (owner's thread)", contacts,
				new Stats(handover), null, null);
	}

	/** Scores every strategy through the rescorings, as a run of the editor's scoring does (untimed). */
	private static void rescore(PlanReplica replica, Semaphore ready, Rescorings rescorings, IStrategyRegistry registry,
			List<StrategyDescriptor> strategies, ScoringContext context) throws InterruptedException {
		PlanSnapshot snapshot = acquire(replica, ready);
		try {
			strategies.forEach(strategy -> rescorings.score(registry, strategy, snapshot.getPlan(), context));
		} finally {
			replica.release();
		}
	}

	private static PlanSnapshot acquire(PlanReplica replica, Semaphore ready) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			PlanSnapshot snapshot = replica.acquire();
			if (snapshot != null) {
				return snapshot;
			}
			if (!ready.tryAcquire(120, TimeUnit.SECONDS)) {
				break;
			}
		}
		throw new IllegalStateException("the replica never became ready"); //$NON-NLS-1$
	}

	private static long time(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return System.nanoTime() - start;
	}

	private static Stats measure(int warm, int runs, Work work) throws Exception {
		Stats stats = new Stats(new long[runs]);
		for (int i = -warm; i < runs; i++) {
			time(work, stats, i);
		}
		return stats;
	}

	/** Two measures in turn, which first alternating run by run. */
	private static Stats[] measurePair(int warm, int runs, Work a, Work b) throws Exception {
		Stats first = new Stats(new long[runs]);
		Stats second = new Stats(new long[runs]);
		for (int i = -warm; i < runs; i++) {
			if ((i & 1) == 0) {
				time(a, first, i);
				time(b, second, i);
			} else {
				time(b, second, i);
				time(a, first, i);
			}
		}
		return new Stats[] { first, second };
	}

	/** Runs the work and, for a timed run (from 0), records it as run {@code i} of the stats. */
	private static void time(Work work, Stats stats, int i) throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long paused = gcMillis();
		long cpu = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		work.run();
		if (i >= 0) {
			stats.nanos()[i] = System.nanoTime() - start;
			stats.cpuNanos()[i] = threads.getCurrentThreadCpuTime() - cpu;
			stats.gcMillis()[i] = gcMillis() - paused;
		}
	}

	/** The time the collectors have spent since the JVM started (for G1: its pauses). */
	private static long gcMillis() {
		long millis = 0;
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			millis += Math.max(0, collector.getCollectionTime());
		}
		return millis;
	}

	/** The measuring thread's CPU time, which other processes on the machine do not stretch as they stretch the wall's. */
	private static void reportCpu(String what, int contacts, Stats stats, Stats against, String name) {
		System.out.println(String.format(Locale.ROOT, "PerformanceBenchmark: | %s: its thread's CPU | %,d | %.1f | | %.2fx %s's |",
				what, contacts, stats.cpuMedian(), stats.cpuMedian() / against.cpuMedian(), name));
	}

	private static void reportGc(String what, int contacts, Stats stats) {
		long[] gc = stats.gcMillis().clone();
		Arrays.sort(gc);
		System.out.println(String.format(Locale.ROOT, "PerformanceBenchmark: | %s: collectors' time | %,d | %d | %d-%d (%d) | |",
				what, contacts, gc[gc.length / 2], gc[0], gc[gc.length - 1], gc.length));
	}

	private static void report(String what, int contacts, Stats stats, Stats against, String name) {
		String ratio = against == null ? "" : String.format(Locale.ROOT, "%.2fx %s", stats.median() / against.median(), name);
		System.out.println(String.format(Locale.ROOT, "PerformanceBenchmark: | %s | %,d | %.1f | %.1f-%.1f (%d) | %s |",
				what, contacts, stats.median(), stats.min(), stats.max(), stats.nanos().length, ratio));
	}

	private static void writeAndSync(Path file, byte[] bytes) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
	}

	private static byte[] save(BinaryResourceImpl resource) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, null);
		return out.toByteArray();
	}

	private static Object loadBinary(byte[] bytes) throws IOException {
		BinaryResourceImpl resource = new BinaryResourceImpl(URI.createURI("memory:/plan.bin")); //$NON-NLS-1$
		resource.load(new ByteArrayInputStream(bytes), null);
		return resource.getContents().get(0);
	}

	@FunctionalInterface
	private interface Loader {
		Object load() throws Exception;
	}

	/** The heap that what the loader returns holds, after full collections before and after. */
	private static long retained(Loader loader) throws Exception {
		long before = usedAfterGc();
		Object kept = loader.load();
		long after = usedAfterGc();
		if (kept == null) {
			throw new IllegalStateException();
		}
		return after - before;
	}

	private static long usedAfterGc() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(50);
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static byte[] linkedIn(int rows) {
		StringBuilder csv = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"); //$NON-NLS-1$
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			lines.add(String.format(Locale.ROOT, "Bench%d,Importer%d,https://www.linkedin.com/in/bench-%d,bench%d@example.org,Acme,Engineer,12 Mar 2024", //$NON-NLS-1$
					i, i, i, i));
		}
		csv.append(String.join("\n", lines)).append('\n'); //$NON-NLS-1$
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}
}
