/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.interchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Contact;
import org.rapport.model.EmailAddress;
import org.rapport.model.ImportantDate;
import org.rapport.model.PhoneNumber;
import org.rapport.model.PostalAddress;
import org.rapport.model.Relationship;
import org.rapport.model.TypedEntry;
import org.rapport.model.WebAddress;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.RelationshipStatus;
import org.rapport.model.RapportPackage;

/**
 * Applies an import preview as one undoable step. The sub-commands are built when the command first
 * executes, against the plan as it is then (the way EMF's {@code DeleteCommand} works), so a plan changed
 * since the preview is still only added to; undo and redo replay the same sub-commands.
 */
public final class ImportContactsCommand extends CompoundCommand {

	private static final RapportPackage P = RapportPackage.eINSTANCE;

	private final EditingDomain domain;
	private final NetworkingPlan plan;
	private final List<Draft> created;
	private final List<Draft> updated;
	private final String provenance;
	private final String updateProvenance;
	private final Set<Contact> affected = new LinkedHashSet<>();

	public ImportContactsCommand(EditingDomain domain, NetworkingPlan plan, String label, List<Draft> created,
			List<Draft> updated, String provenance, String updateProvenance) {
		super(label);
		this.domain = domain;
		this.plan = plan;
		this.created = List.copyOf(created);
		this.updated = List.copyOf(updated);
		this.provenance = provenance;
		this.updateProvenance = updateProvenance;
	}

	@Override
	protected boolean prepare() {
		return !created.isEmpty() || !updated.isEmpty();
	}

	@Override
	public void execute() {
		Map<Draft, Contact> contacts = new IdentityHashMap<>();
		for (Draft draft : updated) {
			contacts.put(draft, draft.existing);
		}
		List<Contact> newContacts = new ArrayList<>();
		for (Draft draft : created) {
			Contact contact = RapportFactory.eINSTANCE.createContact();
			contact.setPrefix(draft.prefix);
			contact.setFirstName(draft.firstName);
			contact.setMiddleName(draft.middleName);
			contact.setLastName(draft.lastName);
			contact.setSuffix(draft.suffix);
			contact.setNickname(draft.nickname);
			contact.setOrganization(draft.organization);
			contact.setOrganizationUnit(draft.organizationUnit);
			contact.setPosition(draft.position);
			contact.setNotes(draft.notes);
			contact.setBirthday(draft.birthday);
			contact.setPhoto(draft.photo);
			contact.setPhotoMediaType(draft.photoMediaType);
			addEntries(contact.getEmailAddresses(), draft.emails, Text::email, v -> (EmailAddress) draft.newEntry('e', v));
			addEntries(contact.getPhoneNumbers(), draft.phones, Text::phone, v -> (PhoneNumber) draft.newEntry('p', v));
			addEntries(contact.getWebAddresses(), draft.profileUrls, Text::url, v -> (WebAddress) draft.newEntry('u', v));
			List<PostalAddress> addresses = copies(List.of(), draft.addresses, Draft::addressKey);
			onePreferred(addresses, true);
			contact.getPostalAddresses().addAll(addresses);
			contact.getImportantDates().addAll(copies(List.of(), draft.importantDates, Draft::dateKey));
			addDistinct(contact.getTags(), draft.tags);
			contact.setProvenance(provenance);
			// an address book or a list of connections says nothing of having met: not met yet until logged
			contact.setStatus(RelationshipStatus.PROSPECT);
			contacts.put(draft, contact);
			newContacts.add(contact);
		}
		// new contacts are not in the plan yet: their introducers and related people are set directly, as EMF's
		// create-child commands initialize a new child before adding it
		for (Draft draft : created) {
			Contact contact = contacts.get(draft);
			if (draft.introducedBy != null) {
				contact.setIntroducedBy(contactOf(draft.introducedBy, contacts));
			}
			contact.getRelationships().addAll(relationships(draft, contact, contacts));
		}
		if (!newContacts.isEmpty()) {
			appendAndExecute(new AddCommand(domain, plan, P.getNetworkingPlan_Contacts(), newContacts));
			affected.addAll(newContacts);
		}
		for (Draft draft : updated) {
			Contact contact = draft.existing;
			int before = getCommandList().size();
			fill(contact, P.getContact_Prefix(), draft.prefix);
			fill(contact, P.getContact_FirstName(), draft.firstName);
			fill(contact, P.getContact_MiddleName(), draft.middleName);
			fill(contact, P.getContact_LastName(), draft.lastName);
			fill(contact, P.getContact_Suffix(), draft.suffix);
			fill(contact, P.getContact_Nickname(), draft.nickname);
			fill(contact, P.getContact_Organization(), draft.organization);
			fill(contact, P.getContact_OrganizationUnit(), draft.organizationUnit);
			fill(contact, P.getContact_Position(), draft.position);
			if (contact.getBirthday() == null && draft.birthday != null) {
				appendAndExecute(new SetCommand(domain, contact, P.getContact_Birthday(), draft.birthday));
			}
			if (contact.getPhoto() == null && draft.photo != null) {
				appendAndExecute(new SetCommand(domain, contact, P.getContact_Photo(), draft.photo));
				appendAndExecute(new SetCommand(domain, contact, P.getContact_PhotoMediaType(), draft.photoMediaType));
			}
			List<PostalAddress> addresses = copies(contact.getPostalAddresses(), draft.addresses, Draft::addressKey);
			if (!addresses.isEmpty()) {
				onePreferred(addresses, contact.getPostalAddresses().isEmpty());
				appendAndExecute(new AddCommand(domain, contact, P.getContact_PostalAddresses(), addresses));
			}
			List<ImportantDate> dates = copies(contact.getImportantDates(), draft.importantDates, Draft::dateKey);
			if (!dates.isEmpty()) {
				appendAndExecute(new AddCommand(domain, contact, P.getContact_ImportantDates(), dates));
			}
			addEntries(contact, P.getContact_EmailAddresses(), ContactInfo.emails(contact), draft.emails, Text::email,
					v -> draft.newEntry('e', v));
			addEntries(contact, P.getContact_PhoneNumbers(), ContactInfo.phones(contact), draft.phones, Text::phone,
					v -> draft.newEntry('p', v));
			addEntries(contact, P.getContact_WebAddresses(), ContactInfo.urls(contact), draft.profileUrls, Text::url,
					v -> draft.newEntry('u', v));
			add(contact, P.getContact_Tags(), contact.getTags(), draft.tags, Text::tag);
			String notes = appendLines(contact.getNotes(), draft.notes);
			if (notes != null) {
				appendAndExecute(new SetCommand(domain, contact, P.getContact_Notes(), notes));
			}
			if (contact.getIntroducedBy() == null && draft.introducedBy != null) {
				Contact introducer = contactOf(draft.introducedBy, contacts);
				if (introducer != null && introducer != contact) {
					appendAndExecute(new SetCommand(domain, contact, P.getContact_IntroducedBy(), introducer));
				}
			}
			List<Relationship> relationships = relationships(draft, contact, contacts);
			if (!relationships.isEmpty()) {
				appendAndExecute(new AddCommand(domain, contact, P.getContact_Relationships(), relationships));
			}
			if (getCommandList().size() > before) {
				String provenanceNow = appendLines(contact.getProvenance(), updateProvenance);
				if (provenanceNow != null) {
					appendAndExecute(new SetCommand(domain, contact, P.getContact_Provenance(), provenanceNow));
				}
				affected.add(contact);
			}
		}
	}

	/** Copies of the wanted objects the contact's list lacks, by their key, in order. */
	private static <T extends EObject> List<T> copies(List<T> current, List<T> wanted, Function<T, String> key) {
		Set<String> have = new HashSet<>();
		current.forEach(value -> have.add(key.apply(value)));
		List<T> missing = new ArrayList<>();
		for (T value : wanted) {
			if (!current.contains(value) && have.add(key.apply(value))) {
				missing.add(EcoreUtil.copy(value));
			}
		}
		return missing;
	}

	/** At most one entry preferred; the first when none is and the contact has no entry of the kind yet. */
	private static <T extends TypedEntry> void onePreferred(List<T> entries, boolean firstOfTheirKind) {
		boolean seen = false;
		for (T entry : entries) {
			if (entry.isPreferred() && (seen || !firstOfTheirKind)) {
				entry.setPreferred(false);
			}
			seen |= entry.isPreferred();
		}
		if (!seen && firstOfTheirKind && !entries.isEmpty()) {
			entries.get(0).setPreferred(true);
		}
	}

	/** The relationships the draft adds that the contact lacks, to the contact a draft stands for or by name. */
	private static List<Relationship> relationships(Draft draft, Contact contact, Map<Draft, Contact> contacts) {
		List<Relationship> added = new ArrayList<>();
		for (Draft.Related related : draft.related) {
			Contact person = related.person() == null ? null : contactOf(related.person(), contacts);
			if (person == contact || related.person() != null && person == null) {
				continue;
			}
			boolean known = false;
			for (Relationship r : contact.getRelationships()) {
				known |= r.getContact() == person && (person != null || Text.fold(r.getName()).equals(Text.fold(related.name())))
						&& Text.fold(r.getLabel()).equals(Text.fold(related.label()));
			}
			if (!known) {
				Relationship relationship = RapportFactory.eINSTANCE.createRelationship();
				relationship.setLabel(related.label());
				relationship.setContact(person);
				relationship.setName(person == null ? related.name() : null);
				added.add(relationship);
			}
		}
		return added;
	}

	private static Contact contactOf(Draft draft, Map<Draft, Contact> contacts) {
		Contact contact = contacts.get(draft);
		return contact != null ? contact : draft.existing;
	}

	private void fill(Contact contact, EAttribute feature, String value) {
		if (value != null && !value.isBlank() && Text.isBlank((String) contact.eGet(feature))) {
			appendAndExecute(new SetCommand(domain, contact, feature, value));
		}
	}

	private void add(Contact contact, EAttribute feature, List<String> current, List<String> wanted,
			UnaryOperator<String> normal) {
		// normal forms in a set: linear however many values there are
		Set<String> have = new HashSet<>();
		for (String value : current) {
			have.add(normal.apply(value));
		}
		List<String> missing = new ArrayList<>();
		for (String value : wanted) {
			if (have.add(normal.apply(value))) {
				missing.add(value);
			}
		}
		if (!missing.isEmpty()) {
			appendAndExecute(new AddCommand(domain, contact, feature, missing));
		}
	}

	/**
	 * Adds typed entries (type other) for the values the contact lacks, as one command; the first entry of a contact
	 * that had none is its preferred one.
	 */
	private <T extends TypedEntry> void addEntries(Contact contact, EReference feature, List<String> current,
			List<String> wanted, UnaryOperator<String> normal, Function<String, T> entry) {
		Set<String> have = new HashSet<>();
		for (String value : current) {
			have.add(normal.apply(value));
		}
		List<T> missing = new ArrayList<>();
		for (String value : wanted) {
			if (have.add(normal.apply(value))) {
				missing.add(entry.apply(value));
			}
		}
		if (!missing.isEmpty()) {
			onePreferred(missing, current.isEmpty());
			appendAndExecute(new AddCommand(domain, contact, feature, missing));
		}
	}

	/** Typed entries (type other, the first preferred) for the distinct values, in a new contact's list. */
	private static <T extends TypedEntry> void addEntries(List<T> list, List<String> values, UnaryOperator<String> normal,
			Function<String, T> entry) {
		Set<String> have = new HashSet<>();
		List<T> entries = new ArrayList<>();
		for (String value : values) {
			if (have.add(normal.apply(value))) {
				entries.add(entry.apply(value));
			}
		}
		onePreferred(entries, list.isEmpty());
		((InternalEList<T>) list).addAllUnique(entries);
	}

	/**
	 * Adds the values without repeats to a new contact's list: the model's lists are unique and refuse a value
	 * twice, and their own check of that is quadratic (40,000 e-mails), so the values are made distinct here and
	 * added without it.
	 */
	private static void addDistinct(List<String> list, List<String> values) {
		Set<String> distinct = new LinkedHashSet<>(list);
		int before = distinct.size();
		distinct.addAll(values);
		((InternalEList<String>) list).addAllUnique(new ArrayList<>(distinct).subList(before, distinct.size()));
	}

	/** The text with the lines of {@code wanted} it lacks appended, or {@code null} when it lacks none. */
	private static String appendLines(String text, String wanted) {
		Set<String> have = new HashSet<>(Draft.lines(text));
		Set<String> missing = new LinkedHashSet<>();
		for (String line : Draft.lines(wanted)) {
			if (!have.contains(line)) {
				missing.add(line);
			}
		}
		if (missing.isEmpty()) {
			return null;
		}
		String added = String.join("\n", missing); //$NON-NLS-1$
		return Text.isBlank(text) ? added : text + "\n" + added; //$NON-NLS-1$
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return new ArrayList<>(affected);
	}
}
