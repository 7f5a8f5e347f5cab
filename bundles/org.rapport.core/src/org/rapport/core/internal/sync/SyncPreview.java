/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.sync;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.interchange.exporter.ICalendarExporter;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.ParsedContacts;
import org.rapport.core.internal.interchange.ContactUids;
import org.rapport.core.internal.interchange.OctetFoldingWriter;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A sync of a plan with a CardDAV address book and a CalDAV calendar, in three steps that change nothing until
 * the person has seen them:
 * <ol>
 * <li>{@link #compute}: reads both collections and the {@link SyncState} and decides per contact and calendar entry
 * ({@link SyncRow.Kind}): changed in the plan since the last sync (pushed), changed on the server (pulled when
 * ticked), on both sides (a conflict, left until decided), deleted on one side (a deletion proposed, unticked).
 * Nothing is written anywhere.</li>
 * <li>{@link #push}: puts what the plan changed on the servers, each write conditional on the ETag seen
 * ({@code If-Match}, {@code If-None-Match: *}), so that a change made on the server meanwhile is a conflict, never
 * overwritten.</li>
 * <li>{@link #createCommand}: the server's changes for the plan, one undoable command; then {@link #commit} writes the
 * new state beside the plan.</li>
 * </ol>
 * A failure in any step leaves the plan and the state file as they were; what was already put on a server is
 * recognised by its content at the next sync (it is then the same on both sides), so nothing is put twice.
 * Contacts are vCard 4.0, one resource per contact named by its UID; the calendar gets what {@code export --format ics}
 * writes, one resource per entry, one way (the plan is its source).
 */
public final class SyncPreview {

	private static final RapportPackage P = RapportPackage.eINSTANCE;
	private static final String VCARD_TYPE = "text/vcard"; //$NON-NLS-1$
	private static final String URN = "urn:uuid:"; //$NON-NLS-1$

	/** The contact features a card carries and taking the server's card replaces (relationships stay the plan's). */
	private static final List<EStructuralFeature> CARD_FEATURES = List.of(P.getContact_Prefix(), P.getContact_FirstName(),
			P.getContact_MiddleName(), P.getContact_LastName(), P.getContact_Suffix(), P.getContact_Nickname(),
			P.getContact_Organization(), P.getContact_OrganizationUnit(), P.getContact_Position(), P.getContact_Notes(),
			P.getContact_Birthday(), P.getContact_Photo(), P.getContact_PhotoMediaType(), P.getContact_EmailAddresses(),
			P.getContact_PhoneNumbers(), P.getContact_WebAddresses(), P.getContact_PostalAddresses(), P.getContact_Tags(),
			P.getContact_ImportantDates());

	private final NetworkingPlan plan;
	private final SyncAccount account;
	private final List<SyncRow> rows;
	private final Map<SyncRow, Contact> scratch = new HashMap<>();
	private boolean pushed;

	private SyncPreview(NetworkingPlan plan, SyncAccount account, List<SyncRow> rows) {
		this.plan = plan;
		this.account = account;
		this.rows = rows;
	}

	/**
	 * Reads the account's collections and decides what the sync does. The plan, the state and the servers are only
	 * read.
	 *
	 * @throws SyncException            when a server cannot be used
	 * @throws OperationCanceledException when cancelled
	 */
	public static SyncPreview compute(NetworkingPlan plan, SyncState state, SyncAccount account, DavClient client,
			IProgressMonitor monitor) throws SyncException {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Task_reading, 4);
		List<SyncRow> rows = new ArrayList<>();
		if (account.addressBook() != null) {
			List<DavClient.Member> cards = client.cards(account.addressBook());
			checkCanceled(sub);
			sub.worked(1);
			contacts(plan, state.entries(account.addressBook()), account.addressBook(), cards, rows);
			sub.worked(1);
		}
		if (account.calendar() != null) {
			List<DavClient.Member> members = client.etags(account.calendar());
			checkCanceled(sub);
			sub.worked(1);
			calendar(plan, state.entries(account.calendar()), account.calendar(), members, rows);
		}
		sub.done();
		return new SyncPreview(plan, account, rows);
	}

	private static void contacts(NetworkingPlan plan, Map<String, SyncState.Entry> known, String book,
			List<DavClient.Member> cards, List<SyncRow> rows) {
		Map<String, DavClient.Member> byHref = new LinkedHashMap<>();
		Map<String, CardFields> parsed = new HashMap<>();
		Map<String, DavClient.Member> byUid = new HashMap<>();
		for (DavClient.Member card : cards) {
			byHref.put(card.href(), card);
			CardFields fields = card.data() == null ? null : CardFields.parse(card.data(), card.href());
			parsed.put(card.href(), fields);
			if (fields != null && fields.uid() != null) {
				byUid.putIfAbsent(uidKey(fields.uid()), card);
			}
		}
		Set<String> claimed = new HashSet<>();
		Set<String> seenKeys = new HashSet<>();
		for (Contact contact : plan.getContacts()) {
			String key = ContactUids.of(contact);
			seenKeys.add(key);
			CardFields local = CardFields.of(contact);
			SyncState.Entry entry = known.get(key);
			String href = entry != null ? entry.href() : book + key.substring(URN.length()) + ".vcf"; //$NON-NLS-1$
			DavClient.Member remote = byHref.get(href);
			if (remote == null && entry == null) {
				remote = byUid.get(uidKey(key));
			}
			if (remote != null) {
				href = remote.href();
				claimed.add(href);
			}
			CardFields theirs = remote == null ? null : parsed.get(remote.href());
			SyncRow.Kind kind;
			if (remote != null && theirs == null) {
				kind = SyncRow.Kind.UNREADABLE;
			} else if (entry == null) {
				kind = remote == null ? SyncRow.Kind.PUSH_NEW
						: theirs.hash().equals(local.hash()) ? SyncRow.Kind.UNCHANGED : SyncRow.Kind.CONFLICT;
			} else if (remote == null) {
				kind = SyncRow.Kind.DELETED_ON_SERVER;
			} else {
				boolean localChanged = !local.hash().equals(entry.hash());
				boolean remoteChanged = !Objects.equals(remote.etag(), entry.etag()) && !theirs.hash().equals(entry.hash());
				if (localChanged && remoteChanged) {
					kind = theirs.hash().equals(local.hash()) ? SyncRow.Kind.UNCHANGED : SyncRow.Kind.CONFLICT;
				} else if (localChanged) {
					kind = SyncRow.Kind.PUSH;
				} else if (remoteChanged) {
					kind = SyncRow.Kind.PULL;
				} else {
					kind = SyncRow.Kind.UNCHANGED;
				}
			}
			SyncRow row = new SyncRow(false, kind, key, local.displayName(), href);
			row.contact = contact;
			row.local = local;
			row.theirs = theirs;
			row.remote = remote;
			if (theirs != null && (kind == SyncRow.Kind.PULL || kind == SyncRow.Kind.CONFLICT)) {
				row.changes = local.changesTo(theirs);
			}
			if (kind == SyncRow.Kind.UNCHANGED) {
				row.done = new SyncState.Entry(href, remote.etag(), local.hash());
			}
			rows.add(row);
		}
		for (Map.Entry<String, SyncState.Entry> entry : known.entrySet()) {
			if (!seenKeys.contains(entry.getKey()) && byHref.containsKey(entry.getValue().href())) {
				DavClient.Member remote = byHref.get(entry.getValue().href());
				claimed.add(remote.href());
				CardFields theirs = parsed.get(remote.href());
				SyncRow row = new SyncRow(false, SyncRow.Kind.DELETED_IN_PLAN, entry.getKey(),
						theirs == null ? remote.href() : theirs.displayName(), remote.href());
				row.remote = remote;
				row.theirs = theirs;
				rows.add(row);
			}
		}
		for (DavClient.Member remote : cards) {
			if (!claimed.contains(remote.href())) {
				CardFields theirs = parsed.get(remote.href());
				SyncRow row = new SyncRow(false, theirs == null ? SyncRow.Kind.UNREADABLE : SyncRow.Kind.PULL_NEW,
						theirs == null || theirs.uid() == null ? remote.href() : theirs.uid(),
						theirs == null ? remote.href() : theirs.displayName(), remote.href());
				row.remote = remote;
				row.theirs = theirs;
				rows.add(row);
			}
		}
	}

	private static String uidKey(String uid) {
		String u = uid.strip().toLowerCase(java.util.Locale.ROOT);
		return u.startsWith(URN) ? u : URN + u;
	}

	private static void calendar(NetworkingPlan plan, Map<String, SyncState.Entry> known, String collection,
			List<DavClient.Member> members, List<SyncRow> rows) throws SyncException {
		Map<String, DavClient.Member> byHref = new HashMap<>();
		for (DavClient.Member member : members) {
			byHref.put(member.href(), member);
		}
		Calendar whole = new ICalendarExporter().toCalendar(plan);
		Set<String> seen = new HashSet<>();
		for (CalendarComponent component : whole.getComponentList().getAll()) {
			String uid = component.getProperty(Property.UID).map(Property::getValue).orElse(null);
			if (uid == null || !seen.add(uid)) {
				continue;
			}
			String text = calendarText(whole, component);
			String hash = calendarHash(text);
			SyncState.Entry entry = known.get(uid);
			String href = entry != null ? entry.href()
					: collection + URLEncoder.encode(uid, StandardCharsets.UTF_8) + ".ics"; //$NON-NLS-1$
			DavClient.Member remote = byHref.get(href);
			SyncRow.Kind kind;
			if (entry == null) {
				kind = remote == null ? SyncRow.Kind.PUSH_NEW : SyncRow.Kind.PUSH;
			} else if (hash.equals(entry.hash()) || remote == null) {
				// one way: an entry changed or deleted on the server stays so until the plan changes it
				kind = remote == null && !hash.equals(entry.hash()) ? SyncRow.Kind.PUSH_NEW : SyncRow.Kind.UNCHANGED;
			} else {
				kind = SyncRow.Kind.PUSH;
			}
			String summary = component.getProperty(Property.SUMMARY).map(Property::getValue).orElse(uid);
			SyncRow row = new SyncRow(true, kind, uid, summary, href);
			row.remote = remote;
			row.calendarText = text;
			row.calendarHash = hash;
			if (kind == SyncRow.Kind.UNCHANGED) {
				row.done = entry;
			}
			rows.add(row);
		}
		for (Map.Entry<String, SyncState.Entry> entry : known.entrySet()) {
			DavClient.Member remote = byHref.get(entry.getValue().href());
			if (!seen.contains(entry.getKey()) && remote != null) {
				SyncRow row = new SyncRow(true, SyncRow.Kind.DELETED_IN_PLAN, entry.getKey(), entry.getKey(), remote.href());
				row.remote = remote;
				rows.add(row);
			}
		}
	}

	/** One calendar entry as its own iCalendar object, as CalDAV keeps them. */
	private static String calendarText(Calendar whole, CalendarComponent component) throws SyncException {
		Calendar one = new Calendar();
		one.add(whole.getProperty(Property.PRODID).map(ProdId.class::cast).orElse(new ProdId(ICalendarExporter.PRODUCT_ID)));
		one.add(ImmutableVersion.VERSION_2_0);
		one.add(ImmutableCalScale.GREGORIAN);
		one.add(component);
		StringWriter text = new StringWriter();
		try (Writer folding = new OctetFoldingWriter(text)) {
			new CalendarOutputter(false, Integer.MAX_VALUE).output(one, folding);
		} catch (IOException | ValidationException e) {
			throw new SyncException(NLS.bind(Messages.Error_calendarEntry, e.getMessage()), e);
		}
		return text.toString();
	}

	/** The hash of an entry without its time stamp, which every export renews. */
	private static String calendarHash(String text) {
		StringBuilder kept = new StringBuilder();
		for (String line : text.split("\r\n")) { //$NON-NLS-1$
			if (!line.startsWith(Property.DTSTAMP + ':')) {
				kept.append(line).append('\n');
			}
		}
		try {
			return Base64.getEncoder().withoutPadding()
					.encodeToString(MessageDigest.getInstance("SHA-256").digest(kept.toString().getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** The plan the sync was computed for. */
	public NetworkingPlan getPlan() {
		return plan;
	}

	public SyncAccount getAccount() {
		return account;
	}

	/** Every contact and calendar entry, contacts first. */
	public List<SyncRow> getRows() {
		return Collections.unmodifiableList(rows);
	}

	/** The rows of that kind. */
	public int count(SyncRow.Kind kind) {
		return (int) rows.stream().filter(r -> r.getKind() == kind).count();
	}

	/**
	 * Puts the plan's side on the servers: new and changed contacts and calendar entries, conflicts decided "keep
	 * mine", ticked deletions on the server. A write the server refuses because its copy changed meanwhile (412) turns
	 * the row into a conflict, left. Call it once, from any thread; the plan is only read.
	 *
	 * @throws SyncException            when a server cannot be used; the state is then not to be committed
	 * @throws OperationCanceledException when cancelled
	 */
	public void push(DavClient client, IProgressMonitor monitor) throws SyncException {
		if (pushed) {
			throw new IllegalStateException("pushed already"); //$NON-NLS-1$
		}
		pushed = true;
		List<SyncRow> writes = new ArrayList<>();
		for (SyncRow row : rows) {
			if (isWrite(row)) {
				writes.add(row);
			}
		}
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Task_writing, writes.size());
		for (SyncRow row : writes) {
			checkCanceled(sub);
			sub.subTask(row.getName());
			try {
				write(client, row);
			} catch (DavClient.Changed e) {
				row.kind = SyncRow.Kind.CONFLICT;
				row.resolution = null;
				row.apply = false;
				row.changedMeanwhile = true;
			}
			sub.worked(1);
		}
	}

	private static boolean isWrite(SyncRow row) {
		switch (row.kind) {
		case PUSH_NEW:
		case PUSH:
			return true;
		case CONFLICT:
			return !row.calendar && row.resolution == SyncRow.Resolution.KEEP_MINE;
		case DELETED_IN_PLAN:
			return row.apply;
		default:
			return false;
		}
	}

	private static void write(DavClient client, SyncRow row) throws SyncException, DavClient.Changed {
		if (row.kind == SyncRow.Kind.DELETED_IN_PLAN) {
			client.delete(row.href, row.remote.etag());
			row.done = null;
			row.deleted = true;
			return;
		}
		String ifMatch = row.remote == null ? null : row.remote.etag();
		if (row.calendar) {
			String etag = client.put(row.href, ifMatch, ICalendarExporter.MEDIA_TYPE, row.calendarText);
			row.done = new SyncState.Entry(row.href, etag, row.calendarHash);
		} else {
			String etag = client.put(row.href, ifMatch, VCARD_TYPE, row.local.card());
			row.done = new SyncState.Entry(row.href, etag, row.local.hash());
		}
	}

	/** Whether applying the incoming side changes the plan (ticked incoming rows, conflicts taken from the server). */
	public boolean hasIncoming() {
		return rows.stream().anyMatch(r -> !r.calendar && r.isIncoming() && (r.apply || r.kind == SyncRow.Kind.CONFLICT));
	}

	/**
	 * The server's changes the person ticked or chose, for the plan, as one command: new contacts added (read as the
	 * vCard import reads them), changed contacts given the server card's fields (relationships and everything a card
	 * does not carry stay), contacts deleted on the server deleted when ticked. Unexecutable when there is none.
	 */
	public Command createCommand(EditingDomain domain) {
		CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Command_sync, account.addressBook()));
		for (SyncRow row : rows) {
			if (row.calendar || !row.isIncoming() || !(row.apply || row.kind == SyncRow.Kind.CONFLICT)) {
				continue;
			}
			if (row.kind == SyncRow.Kind.DELETED_ON_SERVER) {
				command.append(new DeleteContactCommand(domain, plan, row.contact));
			} else if (row.kind == SyncRow.Kind.PULL_NEW) {
				command.append(AddCommand.create(domain, plan, P.getNetworkingPlan_Contacts(), scratchContact(row)));
			} else {
				Contact theirs = scratchContact(row);
				for (EStructuralFeature feature : CARD_FEATURES) {
					Object mine = row.contact.eGet(feature);
					Object value = theirs.eGet(feature);
					if (!same(mine, value)) {
						if (feature instanceof EReference && feature.isMany()) {
							value = EcoreUtil.copyAll((EList<?>) value);
						}
						command.append(SetCommand.create(domain, row.contact, feature, value));
					}
				}
			}
		}
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command.unwrap();
	}

	private static boolean same(Object mine, Object theirs) {
		if (mine instanceof List<?> a && theirs instanceof List<?> b) {
			if (a.size() != b.size()) {
				return false;
			}
			for (int i = 0; i < a.size(); i++) {
				Object x = a.get(i);
				Object y = b.get(i);
				if (x instanceof EObject ex && y instanceof EObject ey ? !EcoreUtil.equals(ex, ey) : !Objects.equals(x, y)) {
					return false;
				}
			}
			return true;
		}
		if (mine instanceof byte[] a && theirs instanceof byte[] b) {
			return java.util.Arrays.equals(a, b);
		}
		return Objects.equals(mine, theirs);
	}

	/** The server's card as a contact, read by the vCard import into a plan of its own. */
	private Contact scratchContact(SyncRow row) {
		return scratch.computeIfAbsent(row, r -> {
			NetworkingPlan other = RapportFactory.eINSTANCE.createNetworkingPlan();
			ImportPreview.compute(other, new ParsedContacts(ContactFormat.VCARD, account.addressBook(),
					List.of(r.theirs.record()), List.of()), null).apply(new AdapterFactoryEditingDomain(
							new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
							new BasicCommandStack()));
			return other.getContacts().get(0);
		});
	}

	/**
	 * Writes what the sync leaves to the state beside the plan: every row the sync did (pushed, pulled and applied,
	 * the same on both sides, deleted), and for the rows it left (conflicts, unticked changes and deletions) what was
	 * known before, so they come up again. Call it after {@link #push} and after the incoming command was executed
	 * (or when there was none).
	 *
	 * @param applied whether the command of {@link #createCommand} was executed
	 */
	public void commit(SyncState state, java.nio.file.Path stateFile, boolean applied) throws IOException {
		if (account.addressBook() != null) {
			state.replace(account.addressBook(), after(state.entries(account.addressBook()), false, applied));
		}
		if (account.calendar() != null) {
			state.replace(account.calendar(), after(state.entries(account.calendar()), true, applied));
		}
		state.save(stateFile);
	}

	private Map<String, SyncState.Entry> after(Map<String, SyncState.Entry> before, boolean calendar, boolean applied) {
		Map<String, SyncState.Entry> after = new HashMap<>(before);
		for (SyncRow row : rows) {
			if (row.calendar != calendar) {
				continue;
			}
			if (row.deleted) {
				after.remove(row.key);
			} else if (row.done != null) {
				after.put(row.key, row.done);
			} else if (applied && row.isIncoming() && (row.apply || row.kind == SyncRow.Kind.CONFLICT)) {
				if (row.kind == SyncRow.Kind.DELETED_ON_SERVER) {
					after.remove(row.key);
				} else {
					Contact contact = row.kind == SyncRow.Kind.PULL_NEW ? scratch.get(row) : row.contact;
					if (contact != null && contact.eContainer() == plan) {
						after.remove(row.key);
						after.put(ContactUids.of(contact),
								new SyncState.Entry(row.href, row.remote.etag(), CardFields.of(contact).hash()));
					}
				}
			}
		}
		return after;
	}

	/** "pushed 3, pulled 1, conflicts 1, deletions proposed 0, unchanged 40" for a status line or the command line. */
	public String getSummary() {
		int pushedCount = 0;
		int pulled = 0;
		int conflicts = 0;
		int deletions = 0;
		int unchanged = 0;
		for (SyncRow row : rows) {
			switch (row.kind) {
			case PUSH_NEW, PUSH -> pushedCount++;
			case PULL_NEW, PULL -> pulled++;
			case CONFLICT -> conflicts++;
			case DELETED_IN_PLAN, DELETED_ON_SERVER -> deletions++;
			case UNCHANGED -> unchanged++;
			default -> {
				// unreadable cards are listed, not counted
			}
			}
		}
		return NLS.bind(Messages.Summary, new Object[] { Integer.valueOf(pushedCount), Integer.valueOf(pulled),
				Integer.valueOf(conflicts), Integer.valueOf(deletions), Integer.valueOf(unchanged) });
	}
}
