/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.rapport.core.internal.interchange.Draft;
import org.rapport.core.internal.interchange.Messages;
import org.rapport.core.internal.interchange.Text;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.PostalAddress;
import org.rapport.model.Relationship;
import org.rapport.model.TypedEntry;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.RapportPackage;

/**
 * Merges duplicate contacts into one survivor, as one undoable command.
 * <ul>
 * <li>Every reference to a duplicate anywhere in the plan is moved to the survivor: interactions,
 * follow-ups, exchanges, thank-you notes, feedback, audience membership, opportunities' "contacts met",
 * other contacts' "introduced by", review findings. Where the survivor is already referenced (both took
 * part in one interaction) the duplicate is just removed from that list.</li>
 * <li>Multi-valued fields (e-mails, phones, profile URLs, tags, shared interests and values) become the
 * union; e-mails, phones, URLs and tags compared the way imports compare them.</li>
 * <li>Single fields keep the survivor's value unless it is empty. Notes and provenance are free text and
 * are joined rather than dropped, so no one's notes are lost.</li>
 * <li>The duplicates are removed from the plan.</li>
 * </ul>
 * The sub-commands are built when the command executes (like EMF's {@code DeleteCommand}), in an order
 * chosen so that undo restores every list exactly, including the order of the model's derived opposite
 * lists: the plan after undo is {@code EcoreUtil.equals} to the plan before.
 */
public class MergeContactsCommand extends CompoundCommand {

	private static final RapportPackage P = RapportPackage.eINSTANCE;

	private final EditingDomain domain;
	private final Contact survivor;
	private final List<Contact> duplicates;
	/** The objects that referred to a duplicate and now refer to the survivor, in the order they were found. */
	private final Set<EObject> moved = new LinkedHashSet<>();

	/**
	 * @param domain     the plan's editing domain
	 * @param survivor   the contact that stays
	 * @param duplicates the contacts merged into it and removed; the survivor itself and repeats are ignored
	 */
	public MergeContactsCommand(EditingDomain domain, Contact survivor, Collection<? extends Contact> duplicates) {
		super(Messages.Command_merge);
		this.domain = Objects.requireNonNull(domain, "domain"); //$NON-NLS-1$
		this.survivor = Objects.requireNonNull(survivor, "survivor"); //$NON-NLS-1$
		List<Contact> list = new ArrayList<>();
		for (Contact duplicate : duplicates) {
			if (duplicate != survivor && !list.contains(duplicate)) {
				list.add(duplicate);
			}
		}
		this.duplicates = Collections.unmodifiableList(list);
		setDescription(Messages.bind(Messages.Command_mergeDescription, Integer.valueOf(list.size()), name(survivor)));
	}

	public Contact getSurvivor() {
		return survivor;
	}

	public List<Contact> getDuplicates() {
		return duplicates;
	}

	/**
	 * How many objects of each kind (interactions, follow-ups, exchanges, thank-you notes, audiences, ...) referred
	 * to a duplicate and were moved to the survivor, counted when the command first executed; empty before.
	 */
	public Map<EClass, Integer> getMoved() {
		Map<EClass, Integer> counts = new LinkedHashMap<>();
		for (EObject owner : moved) {
			counts.merge(owner.eClass(), Integer.valueOf(1), (a, b) -> Integer.valueOf(a.intValue() + b.intValue()));
		}
		return counts;
	}

	private NetworkingPlan plan() {
		return survivor.eContainer() instanceof NetworkingPlan ? (NetworkingPlan) survivor.eContainer() : null;
	}

	@Override
	protected boolean prepare() {
		NetworkingPlan plan = plan();
		if (plan == null || duplicates.isEmpty()) {
			return false;
		}
		for (Contact duplicate : duplicates) {
			if (duplicate.eContainer() != plan) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void execute() {
		NetworkingPlan plan = plan();
		for (Contact duplicate : duplicates) {
			moveReferences(plan, duplicate);
			mergeAttributes(duplicate);
			mergeOwnReferences(duplicate);
			appendAndExecute(new RemoveCommand(domain, plan, P.getNetworkingPlan_Contacts(), duplicate));
		}
	}

	/** A place where the duplicate is referenced: an object's reference, and for lists the position. */
	private record Usage(EObject owner, EReference reference, int order) {
	}

	private void moveReferences(NetworkingPlan plan, Contact duplicate) {
		List<Usage> usages = new ArrayList<>();
		for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			EObject owner = it.next();
			if (owner == duplicate) {
				continue;
			}
			for (EReference reference : owner.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()
						|| !reference.getEReferenceType().isInstance(duplicate)) {
					continue;
				}
				Object value = owner.eGet(reference);
				boolean uses = reference.isMany() ? ((List<?>) value).contains(duplicate) : value == duplicate;
				if (uses) {
					usages.add(new Usage(owner, reference, orderInOpposite(duplicate, owner, reference)));
				}
			}
		}
		// Changing a bidirectional reference appends to the duplicate's opposite list on undo; visiting the
		// owners in reverse order of that list makes the undo rebuild it in its original order.
		usages.sort(Comparator.comparingInt(Usage::order).reversed());
		for (Usage usage : usages) {
			EObject owner = usage.owner();
			EReference reference = usage.reference();
			if (owner != survivor && !duplicates.contains(owner)) {
				moved.add(owner);
			}
			if (reference.isMany()) {
				EList<?> list = (EList<?>) owner.eGet(reference);
				if (list.contains(survivor) || owner == survivor) {
					appendAndExecute(new RemoveCommand(domain, owner, reference, duplicate));
				} else {
					appendAndExecute(new ReplaceCommand(domain, owner, reference, duplicate, Collections.singleton(survivor)));
				}
			} else {
				// the survivor "introduced by" its own duplicate would point to itself
				appendAndExecute(new SetCommand(domain, owner, reference, owner == survivor ? null : survivor));
			}
		}
	}

	private static int orderInOpposite(Contact duplicate, EObject owner, EReference reference) {
		EReference opposite = reference.getEOpposite();
		if (opposite != null && opposite.isMany()) {
			return ((List<?>) duplicate.eGet(opposite)).indexOf(owner);
		}
		return -1;
	}

	private void mergeAttributes(Contact duplicate) {
		entries(P.getContact_EmailAddresses(), survivor.getEmailAddresses(), duplicate.getEmailAddresses(),
				e -> Text.email(e.getAddress()));
		entries(P.getContact_PhoneNumbers(), survivor.getPhoneNumbers(), duplicate.getPhoneNumbers(),
				e -> Text.phone(e.getNumber()));
		entries(P.getContact_WebAddresses(), survivor.getWebAddresses(), duplicate.getWebAddresses(),
				e -> Text.url(e.getUrl()));
		entries(P.getContact_PostalAddresses(), survivor.getPostalAddresses(), duplicate.getPostalAddresses(),
				MergeContactsCommand::addressKey);
		copies(P.getContact_ImportantDates(), survivor.getImportantDates(), duplicate.getImportantDates(),
				d -> Text.fold(String.valueOf(d.getLabel())) + ' ' + d.getDate());
		copies(P.getContact_Relationships(), survivor.getRelationships(), duplicate.getRelationships(),
				this::relationshipKey);
		union(P.getContact_Tags(), survivor.getTags(), duplicate.getTags(), Text::tag);
		union(P.getContact_SharedInterests(), survivor.getSharedInterests(), duplicate.getSharedInterests(), Text::fold);
		union(P.getContact_SharedValues(), survivor.getSharedValues(), duplicate.getSharedValues(), Text::fold);
		for (EAttribute attribute : P.getContact().getEAllAttributes()) {
			if (attribute.isMany() || attribute.isDerived() || !attribute.isChangeable() || attribute.isTransient()) {
				continue;
			}
			if (attribute == P.getContact_Notes() || attribute == P.getContact_Provenance()) {
				String joined = join((String) survivor.eGet(attribute), (String) duplicate.eGet(attribute));
				if (joined != null) {
					appendAndExecute(new SetCommand(domain, survivor, attribute, joined));
				}
			} else if (isEmpty(survivor, attribute) && !isEmpty(duplicate, attribute)) {
				appendAndExecute(new SetCommand(domain, survivor, attribute, duplicate.eGet(attribute)));
			}
		}
	}

	private void mergeOwnReferences(Contact duplicate) {
		Contact introducer = duplicate.getIntroducedBy();
		if (survivor.getIntroducedBy() == null && introducer != null && introducer != survivor
				&& !duplicates.contains(introducer)) {
			appendAndExecute(new SetCommand(domain, survivor, P.getContact_IntroducedBy(), introducer));
		}
		if (survivor.getMetAt() == null && duplicate.getMetAt() != null) {
			appendAndExecute(new SetCommand(domain, survivor, P.getContact_MetAt(), duplicate.getMetAt()));
		}
	}

	private static boolean isEmpty(Contact contact, EAttribute attribute) {
		Object value = contact.eGet(attribute);
		return !contact.eIsSet(attribute) || value instanceof String && ((String) value).isBlank();
	}

	/**
	 * Copies the duplicate's typed entries the survivor lacks (by their normal form); a copy is preferred only when
	 * the survivor has no entry of that kind.
	 */
	private <T extends TypedEntry> void entries(EReference reference, List<T> into, List<T> from, Function<T, String> key) {
		boolean hadAny = !into.isEmpty();
		List<T> missing = new ArrayList<>();
		Set<String> have = new HashSet<>();
		into.forEach(entry -> have.add(key.apply(entry)));
		for (T entry : from) {
			if (have.add(key.apply(entry))) {
				T copy = EcoreUtil.copy(entry);
				copy.setPreferred(!hadAny && entry == ContactInfo.preferred(from));
				missing.add(copy);
			}
		}
		if (!missing.isEmpty()) {
			appendAndExecute(new AddCommand(domain, survivor, reference, missing));
		}
	}

	/** Copies the duplicate's dates or relationships the survivor lacks, by the key; a {@code null} key is skipped. */
	private <T extends EObject> void copies(EReference reference, List<T> into, List<T> from, Function<T, String> key) {
		Set<String> have = new HashSet<>();
		into.forEach(value -> have.add(key.apply(value)));
		List<T> missing = new ArrayList<>();
		for (T value : from) {
			String k = key.apply(value);
			if (k != null && have.add(k)) {
				missing.add(EcoreUtil.copy(value));
			}
		}
		if (!missing.isEmpty()) {
			appendAndExecute(new AddCommand(domain, survivor, reference, missing));
		}
	}

	private static String addressKey(PostalAddress a) {
		return String.join("|", Text.fold(String.valueOf(a.getStreet())), Text.fold(String.valueOf(a.getCity())), //$NON-NLS-1$
				Text.fold(String.valueOf(a.getRegion())), Text.fold(String.valueOf(a.getPostalCode())),
				Text.fold(String.valueOf(a.getCountry())));
	}

	/** A relationship to the survivor itself or to a contact merged into it is dropped ({@code null}). */
	private String relationshipKey(Relationship r) {
		Contact other = r.getContact();
		if (other == survivor || duplicates.contains(other)) {
			return null;
		}
		String who = other != null ? EcoreUtil.getURI(other).fragment() : Text.fold(String.valueOf(r.getName()));
		return Text.fold(String.valueOf(r.getLabel())) + ' ' + who;
	}

	private void union(EAttribute attribute, List<String> into, List<String> from, UnaryOperator<String> normal) {
		List<String> missing = new ArrayList<>();
		for (String value : from) {
			if (!Draft.contains(into, value, normal) && !Draft.contains(missing, value, normal)) {
				missing.add(value);
			}
		}
		if (!missing.isEmpty()) {
			appendAndExecute(new AddCommand(domain, survivor, attribute, missing));
		}
	}

	/** The survivor's text with the duplicate's lines it lacks, or {@code null} when nothing is to add. */
	private static String join(String kept, String other) {
		if (Text.isBlank(other)) {
			return null;
		}
		if (Text.isBlank(kept)) {
			return other;
		}
		List<String> have = Draft.lines(kept);
		List<String> missing = new ArrayList<>();
		for (String line : Draft.lines(other)) {
			if (!have.contains(line)) {
				missing.add(line);
			}
		}
		return missing.isEmpty() ? null : kept + "\n" + String.join("\n", missing); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String name(Contact contact) {
		String name = contact.getFullName();
		return name == null || name.isBlank() ? Messages.Row_unnamed : name;
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return Collections.singleton(survivor);
	}
}
