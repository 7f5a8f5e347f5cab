/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.rapport.core.interchange.ContactRecord;
import org.rapport.core.interchange.ParsedContacts;
import org.rapport.core.interchange.RelatedPerson;
import org.rapport.core.internal.interchange.ContactIndex;
import org.rapport.core.internal.interchange.Draft;
import org.rapport.core.internal.interchange.ImportContactsCommand;
import org.rapport.core.internal.interchange.Messages;
import org.rapport.core.internal.interchange.Text;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.rapport.model.Contact;
import org.rapport.model.ImportantDate;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.PostalAddress;
import org.rapport.model.RapportPackage;
import org.rapport.model.derived.PlanClock;

/**
 * What importing a file into a plan would do, row by row, computed without changing the plan; and the one
 * command that does it.
 * <p>
 * Each record is matched to a contact of the plan, or to one an earlier record of the same file creates,
 * by the first {@link MatchRule} that finds one (UID, e-mail, profile URL, name and organization). A
 * record that finds nobody becomes a {@linkplain ImportStatus#NEW new} contact. A matched record only ever
 * <em>adds</em>: e-mail addresses, phones, profile URLs and tags the contact does not have yet, values
 * for empty fields, note lines the notes do not contain yet, the introducer when none is recorded. A field
 * the plan has another value for keeps its value and the difference is reported as a
 * {@link FieldConflict}. A matched record that adds nothing is a {@linkplain ImportStatus#DUPLICATE
 * duplicate}: importing the same file twice therefore adds nobody and changes nothing the second time.
 * <p>
 * {@link #createCommand(EditingDomain)} turns the preview into a single command (a compound of
 * {@code AddCommand}s and {@code SetCommand}s), so the whole import is one step on the command stack and
 * one undo. New contacts get a provenance (format, file, date); updated contacts get a line added to
 * theirs.
 * <p>
 * A preview reads the plan while it is computed and must be computed on the thread that owns the plan (or
 * while nothing changes it). Create one command per preview.
 */
public final class ImportPreview {

	private static final RapportPackage P = RapportPackage.eINSTANCE;

	private final NetworkingPlan plan;
	private final ParsedContacts parsed;
	private final LocalDate date;
	private final List<ImportRow> rows;
	private final List<Draft> created;
	private final List<Draft> updated;

	private ImportPreview(NetworkingPlan plan, ParsedContacts parsed, LocalDate date, List<ImportRow> rows,
			List<Draft> created, List<Draft> updated) {
		this.plan = plan;
		this.parsed = parsed;
		this.date = date;
		this.rows = Collections.unmodifiableList(rows);
		this.created = created;
		this.updated = updated;
	}

	/**
	 * Computes the preview of importing the parsed file into the plan. The plan is only read.
	 *
	 * @param plan    the plan to import into
	 * @param parsed  what an importer read
	 * @param monitor progress and cancellation, checked for every record; may be {@code null}
	 * @throws OperationCanceledException when cancelled
	 */
	public static ImportPreview compute(NetworkingPlan plan, ParsedContacts parsed, IProgressMonitor monitor) {
		Objects.requireNonNull(plan, "plan"); //$NON-NLS-1$
		Objects.requireNonNull(parsed, "parsed"); //$NON-NLS-1$
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Task_matching, 2 * parsed.records().size() + 1);

		ContactIndex index = new ContactIndex();
		Map<Contact, Draft> drafts = new IdentityHashMap<>();
		for (Contact contact : plan.getContacts()) {
			Draft draft = Draft.of(contact);
			drafts.put(contact, draft);
			index.addDraft(draft);
		}
		for (Contact contact : plan.getContacts()) {
			drafts.get(contact).introducedBy = drafts.get(contact.getIntroducedBy());
		}
		sub.worked(1);

		// first pass: who is who, so that relations can point to people later in the file
		List<ImportRow> rows = new ArrayList<>();
		List<Draft> created = new ArrayList<>();
		for (ContactRecord record : parsed.records()) {
			checkCanceled(sub);
			ImportRow row = new ImportRow(record);
			rows.add(row);
			if (record.getRejection() != null) {
				reject(row, record.getRejection());
			} else if (record.getFullName() == null && record.getEmails().isEmpty() && record.getProfileUrls().isEmpty()) {
				reject(row, Messages.Reject_noIdentity);
			} else {
				ContactIndex.Match match = index.find(record);
				if (match == null) {
					row.target = Draft.created(record.getLine());
					row.status = ImportStatus.NEW;
					created.add(row.target);
				} else {
					row.target = match.draft();
					row.rule = match.rule();
					row.matchedValue = match.value();
				}
				index.addRecord(record, row.target);
			}
			sub.worked(1);
		}

		// second pass: what each record adds to its person, in file order
		List<Draft> updated = new ArrayList<>();
		for (ImportRow row : rows) {
			checkCanceled(sub);
			if (row.status != ImportStatus.REJECTED) {
				addValues(row, index);
				if (row.status != ImportStatus.NEW) {
					row.status = row.changes.isEmpty() ? ImportStatus.DUPLICATE : ImportStatus.UPDATE;
				}
				if (!row.changes.isEmpty() && !row.target.isNew() && !row.target.changed) {
					row.target.changed = true;
					updated.add(row.target);
				}
			}
			sub.worked(1);
		}
		return new ImportPreview(plan, parsed, PlanClock.today(), rows, created, updated);
	}

	private static void checkCanceled(SubMonitor sub) {
		if (sub.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	private static void reject(ImportRow row, String reason) {
		row.status = ImportStatus.REJECTED;
		row.reason = reason;
	}

	private static void addValues(ImportRow row, ContactIndex index) {
		ContactRecord r = row.getRecord();
		Draft d = row.target;
		fill(row, P.getContact_Prefix(), d.prefix, r.getPrefix(), v -> d.prefix = v);
		fill(row, P.getContact_FirstName(), d.firstName, r.getFirstName(), v -> d.firstName = v);
		fill(row, P.getContact_MiddleName(), d.middleName, r.getMiddleName(), v -> d.middleName = v);
		fill(row, P.getContact_LastName(), d.lastName, r.getLastName(), v -> d.lastName = v);
		fill(row, P.getContact_Suffix(), d.suffix, r.getSuffix(), v -> d.suffix = v);
		fill(row, P.getContact_Nickname(), d.nickname, r.getNickname(), v -> d.nickname = v);
		fill(row, P.getContact_Organization(), d.organization, r.getOrganization(), v -> d.organization = v);
		fill(row, P.getContact_OrganizationUnit(), d.organizationUnit, r.getOrganizationUnit(), v -> d.organizationUnit = v);
		fill(row, P.getContact_Position(), d.position, r.getPosition(), v -> d.position = v);
		if (r.getBirthday() != null) {
			// a new contact's draft has its birthday already: the index put it there, for matching later rows
			if (d.birthday == null) {
				d.birthday = r.getBirthday();
				row.changes.add(new FieldChange(P.getContact_Birthday(), FieldChange.Kind.FILL, r.getBirthday().toString()));
			} else if (ContactIndex.differentBirthdays(d.birthday, r.getBirthday())) {
				row.conflicts.add(new FieldConflict(P.getContact_Birthday(), d.birthday.toString(), r.getBirthday().toString()));
			}
		}
		if (r.getPhoto() != null && d.photo == null) {
			d.photo = r.getPhoto();
			d.photoMediaType = r.getPhotoMediaType();
			row.changes.add(new FieldChange(P.getContact_Photo(), FieldChange.Kind.FILL,
					Messages.bind(Messages.Change_photoSize, Integer.valueOf((r.getPhoto().length + 1023) / 1024))));
		}
		add(row, P.getContact_EmailAddresses(), d.emails, r.getEmails(), Text::email, 'e', r::getEmailKind);
		add(row, P.getContact_PhoneNumbers(), d.phones, r.getPhones(), Text::phone, 'p', r::getPhoneKind);
		add(row, P.getContact_WebAddresses(), d.profileUrls, r.getProfileUrls(), Text::url, 'u', r::getProfileUrlKind);
		add(row, P.getContact_Tags(), d.tags, r.getTags(), Text::tag, ' ', null);
		Set<String> addresses = new HashSet<>();
		d.addresses.forEach(a -> addresses.add(Draft.addressKey(a)));
		for (PostalAddress address : r.getAddresses()) {
			if (addresses.add(Draft.addressKey(address))) {
				d.addresses.add(EcoreUtil.copy(address));
				row.changes.add(new FieldChange(P.getContact_PostalAddresses(), FieldChange.Kind.ADD, oneLine(address)));
			}
		}
		Set<String> dates = new HashSet<>();
		d.importantDates.forEach(date -> dates.add(Draft.dateKey(date)));
		for (ImportantDate date : r.getImportantDates()) {
			if (dates.add(Draft.dateKey(date))) {
				d.importantDates.add(EcoreUtil.copy(date));
				row.changes.add(new FieldChange(P.getContact_ImportantDates(), FieldChange.Kind.ADD,
						Messages.bind(Messages.Note_labelled, date.getLabel(), date.getDate())));
			}
		}

		List<String> extraLines = new ArrayList<>(r.getNoteLines());
		for (RelatedPerson related : r.getRelated()) {
			Draft person = resolve(related, index, d);
			if (!related.introducer()) {
				relationship(row, d, related, person, extraLines);
			} else if (person == null) {
				extraLines.add(Messages.bind(Messages.Note_introducedBy, related.display()));
			} else if (d.introducedBy == null) {
				d.introducedBy = person;
				row.changes.add(new FieldChange(P.getContact_IntroducedBy(), FieldChange.Kind.LINK, nameOf(person)));
			} else if (d.introducedBy != person) {
				row.conflicts.add(new FieldConflict(P.getContact_IntroducedBy(), nameOf(d.introducedBy), nameOf(person)));
			}
		}
		notes(row, d, r.getNotes(), extraLines);
	}

	/**
	 * A relation other than the introducer becomes a relationship: to the person when the plan or the file has
	 * them, else by name. One that names nobody (a URI of a card that is not there) stays a note line.
	 */
	private static void relationship(ImportRow row, Draft d, RelatedPerson related, Draft person, List<String> extraLines) {
		String name = person != null ? null : related.name();
		if (person == null && name == null) {
			extraLines.add(related.label() == null ? Messages.bind(Messages.Note_related, related.display())
					: Messages.bind(Messages.Note_labelled, related.label(), related.display()));
			return;
		}
		String label = related.label();
		if (person != null && person.existing != null && d.hasRelationship(label, person.existing, null)
				|| person == null && d.hasRelationship(label, null, name)) {
			return;
		}
		for (Draft.Related known : d.related) {
			if (Text.fold(known.label()).equals(Text.fold(label)) && known.person() == person
					&& (person != null || Text.fold(known.name()).equals(Text.fold(name)))) {
				return;
			}
		}
		d.related.add(new Draft.Related(label, person, name));
		String who = person != null ? nameOf(person) : name;
		row.changes.add(new FieldChange(P.getContact_Relationships(), FieldChange.Kind.ADD,
				label == null ? who : Messages.bind(Messages.Note_labelled, label, who)));
	}

	/** An address on one line, street first. */
	private static String oneLine(PostalAddress a) {
		List<String> parts = new ArrayList<>();
		for (String part : new String[] { a.getStreet(), a.getCity(), a.getRegion(), a.getPostalCode(), a.getCountry() }) {
			if (!Text.isBlank(part)) {
				parts.add(part.strip());
			}
		}
		return String.join(", ", parts); //$NON-NLS-1$
	}

	private static String nameOf(Draft draft) {
		String name = draft.fullName();
		return name != null ? name : !draft.emails.isEmpty() ? draft.emails.get(0) : Messages.Row_unnamed;
	}

	/** The introducer a relation names: by identifier, else by a name only one person has. */
	private static Draft resolve(RelatedPerson related, ContactIndex index, Draft self) {
		Draft found = related.uri() != null ? index.byUid(related.uri()) : null;
		if (found == null && related.name() != null) {
			List<Draft> named = index.byName(related.name());
			found = named.size() == 1 ? named.get(0) : null;
		}
		return found == self ? null : found;
	}

	private static void fill(ImportRow row, EStructuralFeature feature, String current, String incoming,
			java.util.function.Consumer<String> set) {
		if (incoming == null) {
			return;
		}
		if (Text.isBlank(current)) {
			set.accept(incoming);
			row.changes.add(new FieldChange(feature, FieldChange.Kind.FILL, incoming));
		} else if (!Text.fold(current).equals(Text.fold(incoming))) {
			row.conflicts.add(new FieldConflict(feature, current, incoming));
		}
	}

	private static void add(ImportRow row, EStructuralFeature feature, List<String> current, List<String> incoming,
			UnaryOperator<String> normal, char kind, java.util.function.Function<String, ContactRecord.Kind> kindOf) {
		if (incoming.isEmpty()) {
			return;
		}
		// normal forms in a set: linear however many values a contact and a record have (40,000 e-mails)
		Set<String> have = new HashSet<>();
		for (String value : current) {
			have.add(normal.apply(value));
		}
		Draft d = row.target;
		for (String value : incoming) {
			if (have.add(normal.apply(value))) {
				current.add(value);
				if (kindOf != null) {
					d.kinds.putIfAbsent(Draft.kindKey(kind, value), kindOf.apply(value));
				}
				row.changes.add(new FieldChange(feature, FieldChange.Kind.ADD, value));
			}
		}
	}

	/** Notes are free text: lines the notes lack are added at the end, nothing is replaced. */
	private static void notes(ImportRow row, Draft d, String incoming, List<String> extraLines) {
		Set<String> have = new HashSet<>(Draft.lines(d.notes));
		Set<String> missing = new LinkedHashSet<>();
		for (String line : Draft.lines(incoming)) {
			if (!have.contains(line)) {
				missing.add(line);
			}
		}
		for (String line : extraLines) {
			if (!have.contains(line)) {
				missing.add(line);
			}
		}
		if (missing.isEmpty()) {
			return;
		}
		if (Text.isBlank(d.notes)) {
			// keep the file's own layout (blank lines) when the notes are new
			StringBuilder notes = new StringBuilder(incoming == null ? "" : incoming); //$NON-NLS-1$
			Set<String> written = new HashSet<>(Draft.lines(incoming));
			for (String line : extraLines) {
				if (written.add(line)) {
					notes.append(notes.length() == 0 ? "" : "\n").append(line); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			d.notes = notes.toString();
			row.changes.add(new FieldChange(P.getContact_Notes(), FieldChange.Kind.FILL, d.notes.replace("\n", " / "))); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			String added = String.join("\n", missing); //$NON-NLS-1$
			d.notes = d.notes + "\n" + added; //$NON-NLS-1$
			row.changes.add(new FieldChange(P.getContact_Notes(), FieldChange.Kind.APPEND, added));
		}
	}

	/** The plan the preview was computed for. */
	public NetworkingPlan getPlan() {
		return plan;
	}

	/** What was read from the file. */
	public ParsedContacts getParsed() {
		return parsed;
	}

	/** The rows, one per record, in file order. */
	public List<ImportRow> getRows() {
		return rows;
	}

	/** The number of rows with that status. */
	public int count(ImportStatus status) {
		return (int) rows.stream().filter(r -> r.getStatus() == status).count();
	}

	/** The number of rows of each status. */
	public Map<ImportStatus, Integer> counts() {
		Map<ImportStatus, Integer> counts = new EnumMap<>(ImportStatus.class);
		for (ImportStatus status : ImportStatus.values()) {
			counts.put(status, Integer.valueOf(count(status)));
		}
		return counts;
	}

	/** Whether applying the import changes the plan at all. */
	public boolean hasChanges() {
		return !created.isEmpty() || !updated.isEmpty();
	}

	/** "3 new, 2 updated, 10 already in the plan, 1 not imported", for a status line or the command line. */
	public String getSummary() {
		return Messages.bind(Messages.Preview_summary, new Object[] { Integer.valueOf(count(ImportStatus.NEW)),
				Integer.valueOf(count(ImportStatus.UPDATE)), Integer.valueOf(count(ImportStatus.DUPLICATE)),
				Integer.valueOf(count(ImportStatus.REJECTED)) });
	}

	/** The provenance text of contacts this import creates: format, file and date. */
	public String getProvenance() {
		return Messages.bind(Messages.Provenance_imported, new Object[] { parsed.format().getLabel(), parsed.sourceName(), date });
	}

	/**
	 * The single command that applies the import to the plan: new contacts added (one {@code AddCommand}),
	 * matched contacts completed ({@code AddCommand}s to their lists, {@code SetCommand}s of empty fields,
	 * notes and provenance). It re-checks the plan when it executes, so it still only adds when the plan
	 * changed since the preview. When there is nothing to change, the command cannot be executed.
	 *
	 * @param domain the editing domain of the plan
	 */
	public Command createCommand(EditingDomain domain) {
		Objects.requireNonNull(domain, "domain"); //$NON-NLS-1$
		if (!hasChanges()) {
			return UnexecutableCommand.INSTANCE;
		}
		String label = Messages.bind(Messages.Command_import, parsed.sourceName());
		return new ImportContactsCommand(domain, plan, label, created, updated, getProvenance(),
				Messages.bind(Messages.Provenance_updated, new Object[] { parsed.format().getLabel(), parsed.sourceName(), date }));
	}

	/**
	 * Creates the command and executes it on the domain's command stack.
	 *
	 * @return whether the plan changed
	 */
	public boolean apply(EditingDomain domain) {
		Command command = createCommand(domain);
		if (!command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}
}
