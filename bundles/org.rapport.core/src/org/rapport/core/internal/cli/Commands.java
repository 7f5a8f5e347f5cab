/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.cli;

import org.rapport.core.internal.capture.CalendarSource;
import org.rapport.core.internal.capture.CaptureException;
import org.rapport.core.internal.capture.CapturePreferences;
import org.rapport.core.internal.capture.CapturePreview;
import org.rapport.core.internal.capture.CaptureRow;
import org.rapport.core.internal.capture.Captured;
import org.rapport.core.internal.capture.MailAccount;
import org.rapport.core.internal.capture.MailSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.interchange.exporter.ICalendarExporter;
import org.rapport.core.interchange.exporter.XmiExporter;
import org.rapport.core.interchange.exporter.VCardExporter;
import org.rapport.core.sample.SamplePlan;
import org.rapport.core.store.PlanLoadException;
import org.rapport.core.store.PlanSaveException;
import org.rapport.core.store.PlanStore;
import org.rapport.core.strategies.Finding;
import org.rapport.core.strategies.IStrategyRegistry;
import org.rapport.core.strategies.PlanHealth;
import org.rapport.core.followup.Agenda;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.core.followup.FollowUps;
import org.rapport.core.strategies.ScoringContext;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyOutcome;
import org.rapport.core.strategies.Strategies;
import org.rapport.model.Channel;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.derived.PlanClock;
import org.rapport.model.validation.PlanLabels;
import org.rapport.model.validation.PlanValidation;

/**
 * The commands of the command line and their dispatch. Each command checks its arguments completely before
 * it reads or writes anything, reads its input completely before it writes, and writes atomically, so that a
 * failed command changes no file.
 *
 * @noreference internal to the command line
 */
public final class Commands {

	/** The name the help and the messages use for the program. */
	static final String PROGRAM = "rapport"; //$NON-NLS-1$

	static final String NEW = "new"; //$NON-NLS-1$
	static final String VALIDATE = "validate"; //$NON-NLS-1$
	static final String SCORE = "score"; //$NON-NLS-1$
	static final String EXPORT = "export"; //$NON-NLS-1$
	static final String IMPORT = "import"; //$NON-NLS-1$
	static final String HELP = "help"; //$NON-NLS-1$
	static final String AGENDA = "agenda"; //$NON-NLS-1$
	static final String LOG = "log"; //$NON-NLS-1$
	static final String CAPTURE = "capture"; //$NON-NLS-1$

	static final String FORMAT_XMI = "xmi"; //$NON-NLS-1$
	static final String FORMAT_ICS = "ics"; //$NON-NLS-1$

	private static final String OPTION_NAME = "name"; //$NON-NLS-1$
	private static final String OPTION_FORMAT = "format"; //$NON-NLS-1$
	private static final String OPTION_OUT = "out"; //$NON-NLS-1$
	private static final String OPTION_TODAY = "today"; //$NON-NLS-1$
	private static final String OPTION_JSON = "json"; //$NON-NLS-1$
	private static final String OPTION_STRICT = "strict"; //$NON-NLS-1$
	private static final String OPTION_OPEN_ONLY = "open-only"; //$NON-NLS-1$
	private static final String OPTION_VCARD_VERSION = "vcard-version"; //$NON-NLS-1$
	private static final String OPTION_FOLLOW_UP_EVENTS = "follow-up-events"; //$NON-NLS-1$
	private static final String OPTION_REMINDER = "reminder"; //$NON-NLS-1$
	/** The most days before an event a reminder may go off. */
	private static final int MAX_REMINDER_DAYS = 365;
	private static final String OPTION_SAMPLE = "sample"; //$NON-NLS-1$
	private static final String OPTION_DAYS = "days"; //$NON-NLS-1$
	private static final String OPTION_CONTACT = "contact"; //$NON-NLS-1$
	private static final String OPTION_CHANNEL = "channel"; //$NON-NLS-1$
	private static final String OPTION_SUMMARY = "summary"; //$NON-NLS-1$
	private static final String OPTION_DATE = "date"; //$NON-NLS-1$
	private static final String OPTION_OUTCOME = "outcome"; //$NON-NLS-1$
	private static final String OPTION_FOLLOW_UP = "follow-up"; //$NON-NLS-1$
	private static final String OPTION_REASON = "reason"; //$NON-NLS-1$
	private static final String OPTION_CALENDAR = "calendar"; //$NON-NLS-1$
	private static final String OPTION_SINCE = "since"; //$NON-NLS-1$
	private static final String OPTION_IMAP = "imap"; //$NON-NLS-1$
	private static final String OPTION_USER = "user"; //$NON-NLS-1$
	private static final String OPTION_FOLDER = "folder"; //$NON-NLS-1$
	private static final String OPTION_SUBJECTS = "subjects"; //$NON-NLS-1$

	private static final String FILE = "FILE"; //$NON-NLS-1$
	private static final String IN = "IN"; //$NON-NLS-1$

	private final PrintStream out;
	private final PrintStream err;
	private final PlanStore store = new PlanStore();
	/* the interchange formats, loaded only by the commands that read or write them (see contactFormats()) */
	private ContactFormats contactFormats;

	public Commands(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * Runs a command line.
	 *
	 * @return the {@linkplain ExitCode exit code}
	 */
	public int run(String... commandLine) {
		List<String> args = Arrays.asList(commandLine);
		try {
			if (args.isEmpty()) {
				throw CommandException.usage(Messages.Usage_noCommand);
			}
			String command = args.get(0);
			List<String> rest = args.subList(1, args.size());
			if (!command.equals(HELP) && rest.contains("--help")) { //$NON-NLS-1$
				// "rapport export --help" is how many people ask
				return help(List.of(command));
			}
			return switch (command) {
			case HELP, "--help", "-h" -> help(rest); //$NON-NLS-1$ //$NON-NLS-2$
			case NEW -> newPlan(rest);
			case VALIDATE -> validate(rest);
			case SCORE -> score(rest);
			case EXPORT -> export(rest);
			case IMPORT -> importInto(rest);
			case AGENDA -> agenda(rest);
			case LOG -> log(rest);
			case CAPTURE -> capture(rest);
			case SyncCli.SYNC -> new SyncCli(out, store).run(rest, this);
			default -> throw CommandException.usage(NLS.bind(Messages.Usage_unknownCommand, command));
			};
		} catch (CommandException e) {
			err.println(PROGRAM + ": " + e.getMessage()); //$NON-NLS-1$
			if (e.getExitCode() == ExitCode.USAGE) {
				err.println(Messages.Usage_hint);
			}
			return e.getExitCode();
		} catch (RuntimeException | Error e) {
			// a bug, not the user's doing (or the JVM's: a stack overflow, no memory left): say so, and keep the
			// details for whoever fixes it; never end with the JVM's own exit code and nothing said
			try {
				log(e);
				err.println(PROGRAM + ": " + NLS.bind(Messages.Error_internal, describe(e), logLocation())); //$NON-NLS-1$
			} catch (RuntimeException | Error reporting) {
				err.println(PROGRAM + ": internal error: " + e.getClass().getSimpleName()); //$NON-NLS-1$
			}
			return ExitCode.INTERNAL;
		} finally {
			out.flush();
			err.flush();
		}
	}

	private int help(List<String> args) throws CommandException {
		if (args.size() > 1) {
			throw CommandException.usage(NLS.bind(Messages.Usage_extraOperand, HELP, args.get(1)));
		}
		if (args.isEmpty()) {
			out.print(Messages.Help_text);
			return ExitCode.OK;
		}
		String text = switch (args.get(0)) {
		case NEW -> Messages.Help_new;
		case VALIDATE -> Messages.Help_validate;
		case SCORE -> Messages.Help_score;
		case EXPORT -> Messages.Help_export;
		case IMPORT -> Messages.Help_import;
		case AGENDA -> Messages.Help_agenda;
		case LOG -> Messages.Help_log;
		case CAPTURE -> Messages.Help_capture;
		case SyncCli.SYNC -> org.rapport.core.internal.sync.Messages.Cli_help;
		case HELP -> Messages.Help_text;
		default -> throw CommandException.usage(NLS.bind(Messages.Usage_unknownCommand, args.get(0)));
		};
		out.print(text);
		out.print(Messages.Help_exitCodes);
		return ExitCode.OK;
	}

	// --- new ---------------------------------------------------------------------------------------------

	private int newPlan(List<String> args) throws CommandException {
		Arguments arguments = Arguments.parse(NEW, args, Set.of(OPTION_NAME), Set.of(OPTION_SAMPLE));
		String fileArg = arguments.expectOperands(NEW, FILE).get(0);
		Path file = path(NEW, fileArg);
		String name = arguments.value(OPTION_NAME);
		if (name != null && name.isBlank()) {
			throw CommandException.usage(NLS.bind(Messages.Usage_blankName, NEW));
		}
		try {
			if (arguments.flag(OPTION_SAMPLE)) {
				// the workbench's first-launch sample, for trying the other commands out
				if (Files.exists(file)) {
					throw new CommandException(ExitCode.CANNOT_WRITE, NLS.bind(Messages.New_exists, fileArg));
				}
				NetworkingPlan plan = SamplePlan.create(PlanClock.today());
				name = name == null ? plan.getName() : name;
				plan.setName(name);
				store.save(plan, file);
			} else {
				name = name == null ? defaultName(file) : name;
				store.createNew(file, name);
			}
		} catch (PlanSaveException e) {
			throw cannotWrite(fileArg, e);
		}
		out.println(NLS.bind(Messages.New_created, name, fileArg));
		return ExitCode.OK;
	}

	/** "my-plan.rapport" becomes "my-plan": the file name without its extension. */
	private static String defaultName(Path file) {
		String name = String.valueOf(file.getFileName());
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	// --- validate ----------------------------------------------------------------------------------------

	private int validate(List<String> args) throws CommandException {
		Arguments arguments = Arguments.parse(VALIDATE, args, Set.of(), Set.of(OPTION_STRICT));
		String fileArg = arguments.expectOperands(VALIDATE, FILE).get(0);
		NetworkingPlan plan = load(VALIDATE, fileArg);
		List<Diagnostic> problems = PlanValidation.problems(PlanValidation.validate(plan));
		int errors = 0;
		int warnings = 0;
		int infos = 0;
		for (Diagnostic problem : problems) {
			String severity;
			switch (problem.getSeverity()) {
			case Diagnostic.ERROR, Diagnostic.CANCEL -> {
				errors++;
				severity = Messages.Severity_error;
			}
			case Diagnostic.WARNING -> {
				warnings++;
				severity = Messages.Severity_warning;
			}
			default -> {
				infos++;
				severity = Messages.Severity_info;
			}
			}
			out.println(NLS.bind(Messages.Validate_problem, new Object[] { fileArg, severity, oneLine(problem.getMessage()) }));
		}
		if (problems.isEmpty()) {
			out.println(NLS.bind(Messages.Validate_noProblems, fileArg));
		} else {
			out.println(NLS.bind(Messages.Validate_summary, new Object[] { fileArg, Integer.toString(errors),
					Integer.toString(warnings), Integer.toString(infos) }));
		}
		boolean failed = errors > 0 || arguments.flag(OPTION_STRICT) && warnings > 0;
		return failed ? ExitCode.PROBLEMS : ExitCode.OK;
	}

	// --- score -------------------------------------------------------------------------------------------

	private int score(List<String> args) throws CommandException {
		Arguments arguments = Arguments.parse(SCORE, args, Set.of(OPTION_TODAY), Set.of(OPTION_JSON));
		String fileArg = arguments.expectOperands(SCORE, FILE).get(0);
		LocalDate today = today(SCORE, arguments.value(OPTION_TODAY));
		NetworkingPlan plan = load(SCORE, fileArg);

		IStrategyRegistry registry = Strategies.getRegistry();
		Clock previous = PlanClock.get();
		PlanHealth health;
		try {
			if (arguments.value(OPTION_TODAY) != null) {
				// derived values (days since contact, overdue) must agree with the strategies' "today"
				ZoneId zone = previous.getZone();
				PlanClock.set(Clock.fixed(today.atStartOfDay(zone).toInstant(), zone));
			}
			health = registry.scoreAll(plan, new ScoringContext(today, FollowUpPreferences.current(), () -> false));
		} finally {
			PlanClock.set(previous);
		}
		if (arguments.flag(OPTION_JSON)) {
			out.println(ScoreReport.json(fileArg, plan, today, health, registry));
		} else {
			out.print(ScoreReport.table(plan, today, health, registry));
		}
		boolean incomplete = health.getOutcomes().isEmpty()
				|| health.getOutcomes().stream().anyMatch(StrategyOutcome::isFailed);
		if (health.getOutcomes().isEmpty()) {
			err.println(PROGRAM + ": " + Messages.Score_noStrategies); //$NON-NLS-1$
		}
		return incomplete ? ExitCode.PROBLEMS : ExitCode.OK;
	}

	// --- agenda ------------------------------------------------------------------------------------------

	private int agenda(List<String> args) throws CommandException {
		Arguments arguments = Arguments.parse(AGENDA, args, Set.of(OPTION_TODAY, OPTION_DAYS), Set.of(OPTION_JSON));
		String fileArg = arguments.expectOperands(AGENDA, FILE).get(0);
		LocalDate today = today(AGENDA, arguments.value(OPTION_TODAY));
		int days = Agenda.DEFAULT_DAYS;
		String daysArg = arguments.value(OPTION_DAYS);
		if (daysArg != null) {
			try {
				days = Integer.parseInt(daysArg.strip());
			} catch (NumberFormatException e) {
				days = -1;
			}
			if (days < 0 || days > 3660) {
				throw CommandException.usage(NLS.bind(Messages.Usage_badDays, AGENDA, daysArg));
			}
		}
		NetworkingPlan plan = load(AGENDA, fileArg);
		Agenda agenda = Agenda.compute(plan, today, FollowUpPreferences.current(), days);
		if (arguments.flag(OPTION_JSON)) {
			out.println(FollowUpCli.json(fileArg, agenda, days));
		} else {
			out.print(FollowUpCli.table(agenda, days));
		}
		return ExitCode.OK;
	}

	// --- log ---------------------------------------------------------------------------------------------

	private int log(List<String> args) throws CommandException {
		Arguments arguments = Arguments.parse(LOG, args,
				Set.of(OPTION_CHANNEL, OPTION_SUMMARY, OPTION_DATE, OPTION_OUTCOME, OPTION_FOLLOW_UP, OPTION_REASON),
				Set.of(), Set.of(OPTION_CONTACT));
		String fileArg = arguments.expectOperands(LOG, FILE).get(0);
		if (arguments.values(OPTION_CONTACT).isEmpty()) {
			throw CommandException.usage(NLS.bind(Messages.Usage_missingOption, LOG, "--" + OPTION_CONTACT)); //$NON-NLS-1$
		}
		for (String option : List.of(OPTION_CHANNEL, OPTION_SUMMARY)) {
			if (arguments.value(option) == null) {
				throw CommandException.usage(NLS.bind(Messages.Usage_missingOption, LOG, "--" + option)); //$NON-NLS-1$
			}
		}
		Channel channel = FollowUpCli.channel(arguments.value(OPTION_CHANNEL));
		LocalDate date = today(LOG, arguments.value(OPTION_DATE));
		LocalDate next = arguments.value(OPTION_FOLLOW_UP) == null ? null : today(LOG, arguments.value(OPTION_FOLLOW_UP));
		if (next == null && arguments.value(OPTION_REASON) != null) {
			throw CommandException.usage(NLS.bind(Messages.Usage_reasonWithoutFollowUp, LOG));
		}
		Path file = path(LOG, fileArg);
		NetworkingPlan plan = load(LOG, fileArg);
		List<Contact> contacts = new ArrayList<>();
		for (String value : arguments.values(OPTION_CONTACT)) {
			contacts.add(FollowUpCli.find(plan, value));
		}
		List<FollowUp> answered = FollowUpCli.log(plan, contacts, channel, date, arguments.value(OPTION_SUMMARY),
				arguments.value(OPTION_OUTCOME), next, arguments.value(OPTION_REASON));
		try {
			store.save(plan.eResource(), file);
		} catch (PlanSaveException e) {
			throw cannotWrite(fileArg, e);
		}
		List<String> names = contacts.stream().map(FollowUpCli::name).distinct().toList();
		out.println(NLS.bind(Messages.Log_done, new Object[] { channel.getLiteral(), String.join(", ", names), //$NON-NLS-1$
				date.toString(), fileArg }));
		for (FollowUp followUp : answered) {
			out.println(NLS.bind(Messages.Log_answered, new Object[] { FollowUpCli.name(followUp.getContact()),
					FollowUps.due(followUp).toString(), followUp.getReason() == null ? "" : followUp.getReason().strip() })); //$NON-NLS-1$
		}
		if (next != null) {
			out.println(NLS.bind(Messages.Log_next, next.toString()));
		}
		return ExitCode.OK;
	}

	private static LocalDate today(String command, String value) throws CommandException {
		if (value == null) {
			return PlanClock.today();
		}
		try {
			return LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			throw CommandException.usage(NLS.bind(Messages.Usage_badDate, command, value));
		}
	}

	// --- capture -----------------------------------------------------------------------------------------

	private int capture(List<String> args) throws CommandException {
		Arguments arguments = Arguments.parse(CAPTURE, args,
				Set.of(OPTION_CALENDAR, OPTION_IMAP, OPTION_USER, OPTION_SINCE, OPTION_TODAY), Set.of(OPTION_SUBJECTS),
				Set.of(OPTION_FOLDER));
		String fileArg = arguments.expectOperands(CAPTURE, FILE).get(0);
		String calendar = arguments.value(OPTION_CALENDAR);
		String imap = arguments.value(OPTION_IMAP);
		String user = arguments.value(OPTION_USER);
		if (calendar == null && imap == null) {
			throw CommandException.usage(NLS.bind(Messages.Usage_missingOption, CAPTURE, "--calendar or --imap")); //$NON-NLS-1$
		}
		if (calendar != null && imap != null) {
			throw CommandException.usage(NLS.bind(Messages.Usage_calendarOrImap, CAPTURE));
		}
		String source = calendar != null ? calendar : imap;
		if (source.isBlank()) {
			throw CommandException.usage(NLS.bind(Messages.Usage_blankPath, CAPTURE));
		}
		if (imap != null && (user == null || user.isBlank())) {
			throw CommandException.usage(NLS.bind(Messages.Usage_missingOption, CAPTURE, "--" + OPTION_USER)); //$NON-NLS-1$
		}
		boolean remote = imap != null || CalendarSource.isUrl(calendar);
		if (calendar != null && (!remote && user != null || arguments.flag(OPTION_SUBJECTS)
				|| !arguments.values(OPTION_FOLDER).isEmpty())) {
			throw CommandException.usage(NLS.bind(Messages.Usage_imapOnly, CAPTURE));
		}
		LocalDate today = today(CAPTURE, arguments.value(OPTION_TODAY));
		LocalDate since = arguments.value(OPTION_SINCE) == null ? null : today(CAPTURE, arguments.value(OPTION_SINCE));
		Path file = path(CAPTURE, fileArg);
		if (!remote && sameFile(file, path(CAPTURE, calendar))) {
			throw CommandException.usage(NLS.bind(Messages.Usage_sameFile, CAPTURE, calendar));
		}
		char[] password = user == null ? null : Passwords.read(CAPTURE, user);
		NetworkingPlan plan = load(CAPTURE, fileArg);
		List<? extends Captured> items;
		try {
			items = imap != null
					? new MailSource(ZoneId.systemDefault()).read(
							new MailAccount(imap, user, arguments.values(OPTION_FOLDER), arguments.flag(OPTION_SUBJECTS)),
							password, since, null)
					: new CalendarSource(ZoneId.systemDefault(), today).read(calendar, user, password);
		} catch (CaptureException e) {
			throw new CommandException(remote ? ExitCode.SERVER : ExitCode.BAD_INPUT, e.getMessage(), e);
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
		CapturePreview preview = CapturePreview.compute(plan, items, source, today, since,
				CapturePreferences.myAddresses(), null);
		for (CaptureRow row : preview.getRows()) {
			out.println("  " + row.getMessage()); //$NON-NLS-1$
		}
		if (!preview.hasChanges()) {
			out.println(NLS.bind(Messages.Capture_unchanged, new Object[] { source, fileArg, preview.getSummary() }));
			return ExitCode.OK;
		}
		preview.apply(EditingDomains.create());
		try {
			store.save(plan.eResource(), file);
		} catch (PlanSaveException e) {
			throw cannotWrite(fileArg, e);
		}
		out.println(NLS.bind(Messages.Capture_done, new Object[] { source, fileArg, preview.getSummary() }));
		return ExitCode.OK;
	}

	// --- export ------------------------------------------------------------------------------------------

	private int export(List<String> args) throws CommandException {
		Arguments arguments = Arguments.parse(EXPORT, args, Set.of(OPTION_FORMAT, OPTION_OUT, OPTION_VCARD_VERSION, OPTION_REMINDER),
				Set.of(OPTION_OPEN_ONLY, OPTION_FOLLOW_UP_EVENTS));
		String fileArg = arguments.expectOperands(EXPORT, FILE).get(0);
		String outArg = arguments.value(OPTION_OUT);
		if (outArg == null) {
			throw CommandException.usage(NLS.bind(Messages.Usage_missingOption, EXPORT, "--" + OPTION_OUT)); //$NON-NLS-1$
		}
		List<String> formats = exportFormats();
		String format = arguments.value(OPTION_FORMAT);
		if (format == null) {
			format = formatOf(outArg, formats);
			if (format == null) {
				throw CommandException.usage(NLS.bind(Messages.Usage_formatNeeded, EXPORT, String.join("|", formats))); //$NON-NLS-1$
			}
		}
		format = format.toLowerCase(Locale.ROOT);
		if (!formats.contains(format)) {
			throw CommandException.usage(NLS.bind(Messages.Usage_badFormat,
					new Object[] { EXPORT, arguments.value(OPTION_FORMAT), String.join("|", formats) })); //$NON-NLS-1$
		}
		for (String icsOnly : List.of(OPTION_OPEN_ONLY, OPTION_FOLLOW_UP_EVENTS, OPTION_REMINDER)) {
			if ((arguments.flag(icsOnly) || arguments.value(icsOnly) != null) && !FORMAT_ICS.equals(format)) {
				throw CommandException.usage(NLS.bind(Messages.Usage_icsOnly, EXPORT, "--" + icsOnly)); //$NON-NLS-1$
			}
		}
		VCardExporter.Version vcardVersion = VCardExporter.Version.V3_0;
		if (arguments.value(OPTION_VCARD_VERSION) != null) {
			if (!ContactFormats.VCARD.equals(format)) {
				throw CommandException.usage(NLS.bind(Messages.Usage_vcardOnly, EXPORT, "--" + OPTION_VCARD_VERSION)); //$NON-NLS-1$
			}
			vcardVersion = VCardExporter.Version.of(arguments.value(OPTION_VCARD_VERSION).strip());
			if (vcardVersion == null) {
				throw CommandException.usage(NLS.bind(Messages.Usage_badVcardVersion, EXPORT, arguments.value(OPTION_VCARD_VERSION)));
			}
		}
		Integer reminder = null;
		if (arguments.value(OPTION_REMINDER) != null) {
			try {
				reminder = Integer.valueOf(arguments.value(OPTION_REMINDER).strip());
			} catch (NumberFormatException e) {
				reminder = Integer.valueOf(-1);
			}
			if (reminder.intValue() < 0 || reminder.intValue() > MAX_REMINDER_DAYS) {
				throw CommandException.usage(NLS.bind(Messages.Usage_badReminder,
						new Object[] { EXPORT, arguments.value(OPTION_REMINDER), Integer.toString(MAX_REMINDER_DAYS) }));
			}
		}
		Path target = path(EXPORT, outArg);
		Path source = path(EXPORT, fileArg);
		if (Files.exists(target) && sameFile(source, target)) {
			throw CommandException.usage(NLS.bind(Messages.Usage_sameFile, EXPORT, outArg));
		}
		NetworkingPlan plan = load(EXPORT, fileArg);
		try {
			switch (format) {
			case FORMAT_XMI -> {
				new XmiExporter().export(plan, target);
				// the model's path as the person would write it: next to the export they named
				out.println(NLS.bind(Messages.Export_wroteXmi, outArg, Path.of(outArg).resolveSibling(XmiExporter.ECORE_FILE_NAME)));
			}
			case FORMAT_ICS -> {
				ICalendarExporter exporter = new ICalendarExporter().setOpenFollowUpsOnly(arguments.flag(OPTION_OPEN_ONLY))
						.setFollowUpEvents(arguments.flag(OPTION_FOLLOW_UP_EVENTS)).setReminderDaysBefore(reminder);
				ICalendarExporter.Written written = exporter.export(plan, target);
				out.println(NLS.bind(Messages.Export_wroteCalendar, new Object[] { outArg,
						Integer.toString(written.followUps()), Integer.toString(written.events()) }));
			}
			default -> {
				String summary = contactFormats().export(format, plan, target, vcardVersion);
				out.println(NLS.bind(Messages.Export_wroteContacts, new Object[] { format, outArg, summary }));
			}
			}
		} catch (ICalendarExporter.NothingDatedException e) {
			throw new CommandException(ExitCode.NOTHING_TO_EXPORT, NLS.bind(Messages.Export_nothingDated, fileArg), e);
		} catch (IOException e) {
			throw new CommandException(ExitCode.CANNOT_WRITE, NLS.bind(Messages.Error_write, outArg, describe(e)), e);
		}
		return ExitCode.OK;
	}

	/** The formats {@code export} knows: ours, and the contact formats of the interchange API. */
	private List<String> exportFormats() {
		List<String> formats = new ArrayList<>(List.of(FORMAT_XMI, FORMAT_ICS));
		formats.addAll(contactFormats().exportFormats());
		return formats;
	}

	/** The format that the output file's extension names, or {@code null}. */
	private String formatOf(String file, List<String> formats) {
		String name = file.toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1); //$NON-NLS-1$
		if (formats.contains(extension)) {
			return extension;
		}
		return contactFormats().exportFormatOfExtension(extension);
	}

	// --- import ------------------------------------------------------------------------------------------

	private int importInto(List<String> args) throws CommandException {
		Arguments arguments = Arguments.parse(IMPORT, args, Set.of(OPTION_FORMAT), Set.of());
		List<String> operands = arguments.expectOperands(IMPORT, FILE, IN);
		String fileArg = operands.get(0);
		String inArg = operands.get(1);
		List<String> formats = new ArrayList<>(List.of(FORMAT_XMI));
		formats.addAll(contactFormats().importFormats());
		String format = arguments.value(OPTION_FORMAT);
		if (format == null) {
			throw CommandException.usage(NLS.bind(Messages.Usage_missingOption, IMPORT, "--" + OPTION_FORMAT)); //$NON-NLS-1$
		}
		format = format.toLowerCase(Locale.ROOT);
		if (!formats.contains(format)) {
			throw CommandException.usage(NLS.bind(Messages.Usage_badFormat,
					new Object[] { IMPORT, arguments.value(OPTION_FORMAT), String.join("|", formats) })); //$NON-NLS-1$
		}
		Path file = path(IMPORT, fileArg);
		Path in = path(IMPORT, inArg);
		if (sameFile(file, in)) {
			throw CommandException.usage(NLS.bind(Messages.Usage_sameFile, IMPORT, inArg));
		}
		if (FORMAT_XMI.equals(format)) {
			return importXmi(fileArg, file, inArg);
		}
		NetworkingPlan plan = load(IMPORT, fileArg);
		ContactFormats.Imported imported = contactFormats().importInto(format, plan, in, inArg);
		for (String note : imported.notes()) {
			// rows not imported and values changed, with their lines, as the workbench's preview lists them
			err.println(PROGRAM + ": " + note); //$NON-NLS-1$
		}
		if (!imported.changed()) {
			// importing the same file again: nothing to add, so the plan file is not even rewritten
			out.println(NLS.bind(Messages.Import_unchanged, new Object[] { inArg, fileArg, imported.summary() }));
			return ExitCode.OK;
		}
		try {
			// only now, with the whole import applied in memory, is the plan written: atomically, with a backup
			store.save(plan.eResource(), file);
		} catch (PlanSaveException e) {
			throw cannotWrite(fileArg, e);
		}
		out.println(NLS.bind(Messages.Import_done, new Object[] { inArg, fileArg, imported.summary() }));
		return ExitCode.OK;
	}

	/**
	 * An XMI export (ours or any EMF tool's, of this model) becomes a plan file. It must be a new file: an
	 * import never replaces a whole plan.
	 */
	private int importXmi(String fileArg, Path file, String inArg) throws CommandException {
		if (Files.exists(file)) {
			throw new CommandException(ExitCode.CANNOT_WRITE, NLS.bind(Messages.Import_xmiExists, fileArg));
		}
		NetworkingPlan plan = load(IMPORT, inArg);
		try {
			store.save(plan.eResource(), file);
		} catch (PlanSaveException e) {
			throw cannotWrite(fileArg, e);
		}
		out.println(NLS.bind(Messages.Import_xmi, inArg, fileArg));
		return ExitCode.OK;
	}

	// --- shared ------------------------------------------------------------------------------------------

	/** Loads a plan; a file that cannot be loaded ends the command with its location and reason. */
	NetworkingPlan load(String command, String fileArg) throws CommandException {
		Path file = path(command, fileArg);
		try {
			return store.load(file);
		} catch (PlanLoadException e) {
			throw new CommandException(ExitCode.BAD_INPUT, located(fileArg, e.getLine(), e.getColumn(), e.getReason()), e);
		}
	}

	private ContactFormats contactFormats() {
		if (contactFormats == null) {
			contactFormats = new ContactFormats();
		}
		return contactFormats;
	}

	/** {@code FILE, line L, column C: reason}, with the file as the person typed it. */
	static String located(String fileArg, int line, int column, String reason) {
		if (line > 0 && column > 0) {
			return NLS.bind(Messages.Location_fileLineColumn,
					new Object[] { fileArg, Integer.toString(line), Integer.toString(column), reason });
		}
		if (line > 0) {
			return NLS.bind(Messages.Location_fileLine, new Object[] { fileArg, Integer.toString(line), "", reason }); //$NON-NLS-1$
		}
		return NLS.bind(Messages.Location_file, new Object[] { fileArg, "", "", reason }); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static CommandException cannotWrite(String fileArg, PlanSaveException e) {
		return new CommandException(ExitCode.CANNOT_WRITE, NLS.bind(Messages.Location_file,
				new Object[] { fileArg, "", "", e.getReason() }), e); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static Path path(String command, String arg) throws CommandException {
		if (arg.isBlank()) {
			throw CommandException.usage(NLS.bind(Messages.Usage_blankPath, command));
		}
		try {
			return Path.of(arg).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			throw CommandException.usage(NLS.bind(Messages.Usage_badPath, command, arg));
		}
	}

	private static boolean sameFile(Path a, Path b) {
		try {
			return a.equals(b) || Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
		} catch (IOException e) {
			return false;
		}
	}

	/** The id of a plan object, as it is in the file, or {@code null}. */
	static String idOf(EObject object) {
		return object != null && object.eResource() instanceof XMLResource resource ? resource.getID(object) : null;
	}

	/** A label for a finding's subject. */
	static String labelOf(Finding finding) {
		return finding.getSubject() == null ? null : PlanLabels.label(finding.getSubject());
	}

	/** The weight the registry gives a strategy (the user's preference or its default). */
	static double weightOf(IStrategyRegistry registry, StrategyDescriptor strategy) {
		return registry.getWeight(strategy);
	}

	private static String oneLine(String text) {
		return text == null ? "" : text.replace('\n', ' ').replace('\r', ' ').strip(); //$NON-NLS-1$
	}

	static String describe(Throwable e) {
		String message = e.getMessage();
		if (message == null || message.isBlank()) {
			return e.getClass().getSimpleName();
		}
		message = message.strip();
		while (message.endsWith(".")) { //$NON-NLS-1$
			message = message.substring(0, message.length() - 1);
		}
		return message;
	}

	private static void log(Throwable e) {
		try {
			ILog.of(Commands.class).log(new Status(IStatus.ERROR, "org.rapport.core", Messages.Error_internalLog, e)); //$NON-NLS-1$
		} catch (RuntimeException | Error logFailure) {
			// no platform log (plain Java): the message on standard error has to do
		}
	}

	private static String logLocation() {
		try {
			org.eclipse.core.runtime.IPath location = Platform.getLogFileLocation();
			return location == null ? Messages.Error_noLog : location.toOSString();
		} catch (RuntimeException | LinkageError e) {
			return Messages.Error_noLog;
		}
	}
}
