/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.resource;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.StampedLock;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;
import org.rapport.model.RapportPackage;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The resource of a {@code .rapport} plan file: XMI 2.0 in UTF-8.
 * <ul>
 * <li>Every object has a UUID {@code xmi:id} that is kept across load and save, so files diff and merge
 * cleanly and references survive edits.</li>
 * <li>Loading records features it does not know (attributes and elements written by a newer version of
 * the model, or in another namespace) and writes them back on save.</li>
 * <li>Loading is hardened: document type declarations are refused (so no external or internal entities,
 * no entity expansion), external DTDs and schemas are never fetched, and {@code xsi:schemaLocation} or
 * namespace URIs found in a file are never dereferenced. Elements nested more than {@value #MAX_DEPTH} deep are
 * refused. References to other resources are kept as proxies; a {@link PlanResourceSet} never resolves them.</li>
 * <li>Saving writes an {@code xsi:schemaLocation} naming where the {@code .ecore} can be found, wraps long
 * start tags at {@value #LINE_WIDTH} characters and uses {@code \n} line ends, for diff-friendly files.</li>
 * <li>The file says which model wrote it by its namespace URI: {@link RapportPackage#eNS_URI} now. A plan
 * written by model 1.0 ({@value #MODEL_1_0_NS_URI}) is read with the current package, as if EMF's package registry
 * mapped the old namespace to it, and migrated right after loading (see {@link #isWrittenByModelOne()}); it is
 * saved in the current namespace. A plan of model 2.0 ({@value #MODEL_2_0_NS_URI}) needs no migration (2.1 only
 * added features) and is read the same way. Any other namespace is another model: refused, as EMF refuses an unknown
 * package.</li>
 * </ul>
 * These settings are the resource's {@linkplain #getDefaultLoadOptions() default load} and
 * {@linkplain #getDefaultSaveOptions() save options}, so they apply however the resource is loaded or
 * saved (a {@code ResourceSet}, an editor, the plan store).
 */
public class RapportResource extends XMIResourceImpl {

	/**
	 * Save option: the location ({@code String}, written verbatim) of the {@code .ecore} to declare in
	 * {@code xsi:schemaLocation} for the Rapport namespace, for example {@code "rapport.ecore"} when an
	 * export ships the model next to the plan. Default {@link #DEFAULT_ECORE_LOCATION}. An empty string
	 * leaves the Rapport namespace out of {@code xsi:schemaLocation}.
	 */
	public static final String OPTION_ECORE_LOCATION = "org.rapport.model.resource.ecoreLocation"; //$NON-NLS-1$

	/** Where the {@code .ecore} is found in an Eclipse installation that has the model bundle. */
	public static final String DEFAULT_ECORE_LOCATION = "platform:/plugin/org.rapport.model/model/rapport.ecore"; //$NON-NLS-1$

	/** The width after which start tags are wrapped, attribute by attribute. */
	public static final int LINE_WIDTH = 100;

	/**
	 * How deep elements may be nested in a plan file. A plan itself is a few levels deep; content of a newer
	 * model version is kept, but nesting beyond this is refused at load ({@link NestingTooDeepException}), so that
	 * no save, copy or validation has to recurse through it.
	 */
	public static final int MAX_DEPTH = 500;

	/** The namespace URI of the model 1.0 plans are migrated from. */
	public static final String MODEL_1_0_NS_URI = "http://rapport.org/model/rapport/1.0"; //$NON-NLS-1$

	/**
	 * The namespace URI of model 2.0, which 2.1 only extends (an interaction's external identifier, the meeting
	 * channel): its plans are read with the current package as they are.
	 */
	public static final String MODEL_2_0_NS_URI = "http://rapport.org/model/rapport/2.0"; //$NON-NLS-1$

	/** The encoding of plan files. */
	public static final String ENCODING = "UTF-8"; //$NON-NLS-1$

	/* how many distinct texts one load keeps at hand to share (a power of two; 128 KB of references) */
	private static final int SHARED_STRINGS = 1 << 15;

	static final String FEATURE_DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl"; //$NON-NLS-1$
	static final String FEATURE_EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities"; //$NON-NLS-1$
	static final String FEATURE_EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities"; //$NON-NLS-1$
	static final String FEATURE_LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd"; //$NON-NLS-1$

	public RapportResource() {
		super();
	}

	public RapportResource(URI uri) {
		super(uri);
	}

	/** Called by the super constructor: sets the encoding, the XMI version and the default options. */
	@Override
	protected void init() {
		super.init();
		ids = new IdTable();
		idChanges = new StampedLock();
		idToEObjectMap = ids.idToObject();
		eObjectToIDMap = ids.objectToId();
		setEncoding(ENCODING);
		getDefaultLoadOptions().putAll(createLoadOptions());
		getDefaultSaveOptions().putAll(createSaveOptions());
	}

	/* set by init(), which the super constructor calls: no initializer here, it would run after */
	private IdTable ids;
	/* held for writing while an id changes after loading: see idReadStamp() */
	private StampedLock idChanges;

	/** Sets the id in both maps at once (see {@link IdTable#set}); the maps stay EMF's to use as they are. */
	@Override
	public void setID(EObject eObject, String id) {
		if (isLoading()) {
			ids.set(eObject, id);
			return;
		}
		long stamp = idChanges.writeLock();
		try {
			ids.set(eObject, id);
		} finally {
			idChanges.unlockWrite(stamp);
		}
	}

	/**
	 * For a reader of ids in another thread while the thread that owns the plan may change them (a copy made in the
	 * background): a stamp to take before reading and to check with {@link #idsUnchangedSince(long)} after; 0 while an
	 * id is being changed. Ids change as objects are added to the plan or taken out of it.
	 */
	public long idReadStamp() {
		return idChanges.tryOptimisticRead();
	}

	/** Whether no id changed since the stamp was taken, so that every id read meanwhile was right; any thread. */
	public boolean idsUnchangedSince(long stamp) {
		return stamp != 0 && idChanges.validate(stamp);
	}

	/**
	 * An object read from the file is attached to the resource as its element starts, after its id was set and before
	 * its children are read. EMF then walks its content tree and, for it, makes its id's string from the table and
	 * puts it in the id map again: a sixth of what loading allocated (issue 17), all to change nothing. Such an
	 * object is skipped; anything else (no id yet, content of its own, modification tracking) is EMF's to attach.
	 */
	@Override
	public void attached(EObject eObject) {
		if (isLoading() && !isTrackingModification() && getIntrinsicIDToEObjectMap() == null
				&& ids.isMappedBothWays(eObject) && eObject.eContents().isEmpty()) {
			return;
		}
		super.attached(eObject);
	}

	/** Always writes XMI 2.0, whatever version a loaded file used. */
	@Override
	public void doSave(java.io.OutputStream outputStream, Map<?, ?> options) throws java.io.IOException {
		setXMIVersion(org.eclipse.emf.ecore.xmi.XMIResource.VERSION_VALUE);
		super.doSave(outputStream, options);
	}

	private boolean writtenByModelOne;

	/** Reads the plan and brings a plan of model 1.0 into the current model. */
	@Override
	public void doLoad(java.io.InputStream inputStream, Map<?, ?> options) throws java.io.IOException {
		writtenByModelOne = false;
		super.doLoad(inputStream, options);
		if (writtenByModelOne) {
			ModelOneMigration.migrate(this);
		}
		ids.trim();
	}

	/**
	 * Whether the last load read a plan written by model 1.0 (and migrated it); it is saved in the current model's
	 * namespace.
	 */
	public boolean isWrittenByModelOne() {
		return writtenByModelOne;
	}

	@Override
	protected boolean useUUIDs() {
		return true;
	}

	/** The parser features that refuse DTDs and external entities. */
	public static Map<String, Boolean> secureParserFeatures() {
		Map<String, Boolean> features = new LinkedHashMap<>();
		features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		features.put(FEATURE_DISALLOW_DOCTYPE, Boolean.TRUE);
		features.put(FEATURE_EXTERNAL_GENERAL_ENTITIES, Boolean.FALSE);
		features.put(FEATURE_EXTERNAL_PARAMETER_ENTITIES, Boolean.FALSE);
		features.put(FEATURE_LOAD_EXTERNAL_DTD, Boolean.FALSE);
		return Collections.unmodifiableMap(features);
	}

	/** The parser properties that forbid fetching external DTDs and schemas. */
	public static Map<String, Object> secureParserProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
		properties.put(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
		return Collections.unmodifiableMap(properties);
	}

	/** A new map of the load options plan resources use by default. */
	public static Map<Object, Object> createLoadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, secureParserFeatures());
		options.put(XMLResource.OPTION_PARSER_PROPERTIES, secureParserProperties());
		options.put(XMLResource.OPTION_RESOLVE_ENTITIES, Boolean.FALSE);
		// never fetch a namespace URI found in a file as if it were the location of a model
		options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
		// OPTION_USE_DEPRECATED_METHODS must stay at its default: with FALSE, the extended metadata that
		// OPTION_RECORD_UNKNOWN_FEATURE switches on loses the values of many-valued attributes (EMF 2.39)
		return options;
	}

	/** A new map of the save options plan resources use by default. */
	public static Map<Object, Object> createSaveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, ENCODING);
		options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(LINE_WIDTH));
		options.put(Resource.OPTION_LINE_DELIMITER, "\n"); //$NON-NLS-1$
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.TRUE);
		options.put(OPTION_ECORE_LOCATION, DEFAULT_ECORE_LOCATION);
		return options;
	}

	/** Reads and writes dates without EMF's synchronized date formats, to the same text (see {@link EDates}). */
	@Override
	protected XMLHelper createXMLHelper() {
		return new XMIHelperImpl(this) {

			/*
			 * Text values read by this helper (one load), by hash: a value equal to the one in its slot is that string.
			 * A plan repeats many of its texts (cities, organizations, positions, tags, outcomes written from a
			 * template): each occurrence is a string of its own as the parser hands it over, which the plan then holds.
			 * Sharing them makes the loaded plan smaller and so every collection during and after the load, which
			 * copies it (issue 17). Direct-mapped: a value whose slot another one took is kept as it was read.
			 */
			private final String[] shared = new String[SHARED_STRINGS];

			@Override
			protected Object createFromString(EFactory eFactory, EDataType eDataType, String value) {
				if (eDataType == EcorePackage.Literals.ESTRING && value != null) {
					int slot = value.hashCode() & shared.length - 1;
					String known = shared[slot];
					if (value.equals(known)) {
						return known;
					}
					shared[slot] = value;
					return value;
				}
				if (eDataType == EcorePackage.Literals.EDATE && value != null) {
					Date date = EDates.parse(value);
					if (date != null) {
						return date;
					}
				}
				return super.createFromString(eFactory, eDataType, value);
			}

			/**
			 * An element the model does not know becomes a new object in a feature map of its parent's unknown content,
			 * and EMF's {@code FeatureMap.add} first looks through the whole map for it: N unknown elements under one
			 * object cost N*N/2 comparisons. An object just read is in no map yet, so it is added without the search.
			 */
			@Override
			public void setValue(EObject object, EStructuralFeature feature, Object value, int position) {
				if (extendedMetaData != null && value instanceof EObject && feature instanceof EReference
						&& ((EReference) feature).isContainment() && FeatureMapUtil.isMany(object, feature)) {
					EStructuralFeature target = extendedMetaData.getAffiliation(object.eClass(), feature);
					if (target != null && target != feature) {
						EStructuralFeature group = extendedMetaData.getGroup(target);
						if (group != null) {
							target = group;
						}
						if (FeatureMapUtil.isFeatureMap(target)) {
							((FeatureMap.Internal) object.eGet(target)).addUnique(feature, value);
							return;
						}
					}
				}
				super.setValue(object, feature, value, position);
			}

			@Override
			public String convertToString(EFactory factory, EDataType dataType, Object value) {
				if (dataType == EcorePackage.Literals.EDATE && value instanceof Date) {
					String text = EDates.format((Date) value);
					if (text != null) {
						return text;
					}
				}
				return super.convertToString(factory, dataType, value);
			}
		};
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new SecureLoad(createXMLHelper());
	}

	@Override
	protected XMLLoad createXMLLoad(Map<?, ?> options) {
		// always XMI and always hardened, whatever OPTION_SUPPRESS_XMI says
		return createXMLLoad();
	}

	@Override
	protected XMLSave createXMLSave() {
		return new SchemaLocationSave(createXMLHelper());
	}

	@Override
	protected XMLSave createXMLSave(Map<?, ?> options) {
		return createXMLSave();
	}

	/** Parses with the JDK's own parser, configured to refuse DTDs, and never resolves anything external. */
	private static final class SecureLoad extends XMILoadImpl {

		SecureLoad(XMLHelper helper) {
			super(helper);
		}

		@Override
		protected SAXParser makeParser() throws ParserConfigurationException, SAXException {
			// the platform default, not whatever parser the class path or context class loader offers
			SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
			factory.setValidating(false);
			factory.setXIncludeAware(false);
			for (Map.Entry<String, Boolean> feature : secureParserFeatures().entrySet()) {
				factory.setFeature(feature.getKey(), feature.getValue().booleanValue());
			}
			SAXParser parser = factory.newSAXParser();
			for (Map.Entry<String, Object> property : secureParserProperties().entrySet()) {
				parser.setProperty(property.getKey(), property.getValue());
			}
			return parser;
		}

		@Override
		protected DefaultHandler makeDefaultHandler() {
			return new SAXXMIHandler(resource, helper, options) {

				@Override
				public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
					throw new SAXException("External entities are not allowed in a plan: " + systemId); //$NON-NLS-1$
				}

				private int depth;
				private Locator documentLocator;

				@Override
				public void setDocumentLocator(Locator locator) {
					documentLocator = locator;
					super.setDocumentLocator(locator);
				}

				@Override
				public void startElement(String uri, String localName, String name, Attributes attributes)
						throws SAXException {
					if (++depth > MAX_DEPTH) {
						// far deeper than any plan: refuse before the recursion of saving (or anything else) chokes on it
						throw new NestingTooDeepException(documentLocator);
					}
					super.startElement(uri, localName, name, attributes);
				}

				@Override
				public void endElement(String uri, String localName, String name) {
					depth--;
					super.endElement(uri, localName, name);
				}

				/* the features of the attributes read so far, by class (see setAttribValue) */
				private final Map<EClass, AttributeFeatures> attributeFeatures = new IdentityHashMap<>();
				/* the class of the object whose attributes are being read, and its features */
				private EClass lastClass;
				private AttributeFeatures lastFeatures;

				/**
				 * Sets an attribute's value as EMF does, with its feature and the feature's kind looked up once per class
				 * and attribute name: EMF looks both up in maps keyed by the class and the name for every attribute read
				 * (issue 17). An attribute with a prefix, or one the class does not have, is EMF's to handle.
				 */
				@Override
				protected void setAttribValue(EObject object, String name, String value) {
					EClass eClass = object.eClass();
					if (eClass != lastClass) {
						lastFeatures = attributeFeatures.computeIfAbsent(eClass, c -> new AttributeFeatures());
						lastClass = eClass;
					}
					int known = lastFeatures.indexOf(name);
					if (known < 0) {
						EStructuralFeature feature = name.indexOf(':') < 0 ? getFeature(object, null, name, false) : null;
						if (feature == null) {
							super.setAttribValue(object, name, value);
							return;
						}
						known = lastFeatures.add(name, feature, helper.getFeatureKind(feature));
					}
					EStructuralFeature feature = lastFeatures.features[known];
					int kind = lastFeatures.kinds[known];
					if (kind == XMLHelper.DATATYPE_SINGLE || kind == XMLHelper.DATATYPE_IS_MANY) {
						setFeatureValue(object, feature, value, -2);
					} else {
						setValueFromId(object, (EReference) feature, value);
					}
				}

				@Override
				protected EPackage getPackageForURI(String uriString) {
					if (MODEL_1_0_NS_URI.equals(uriString)) {
						((RapportResource) xmlResource).writtenByModelOne = true;
						return RapportPackage.eINSTANCE;
					}
					if (MODEL_2_0_NS_URI.equals(uriString)) {
						return RapportPackage.eINSTANCE;
					}
					return super.getPackageForURI(uriString);
				}

				@Override
				protected void handleXSISchemaLocation(String schemaLocations) {
					// never dereferenced: the Rapport package is registered, anything else is recorded as is
				}

				@Override
				protected void handleXSINoNamespaceSchemaLocation(String noNamespaceSchemaLocation) {
					// never dereferenced
				}
			};
		}
	}

	/**
	 * The features of one class's attributes by name, as the parser names them. Its names are the parser's symbols,
	 * one string per name, so a name is found by identity first; a class has a few dozen attributes at most.
	 */
	private static final class AttributeFeatures {

		String[] names = new String[8];
		EStructuralFeature[] features = new EStructuralFeature[8];
		int[] kinds = new int[8];
		int count;

		int indexOf(String name) {
			for (int i = 0; i < count; i++) {
				if (names[i] == name) {
					return i;
				}
			}
			for (int i = 0; i < count; i++) {
				if (names[i].equals(name)) {
					return i;
				}
			}
			return -1;
		}

		int add(String name, EStructuralFeature feature, int kind) {
			if (count == names.length) {
				names = Arrays.copyOf(names, count * 2);
				features = Arrays.copyOf(features, count * 2);
				kinds = Arrays.copyOf(kinds, count * 2);
			}
			names[count] = name;
			features[count] = feature;
			kinds[count] = kind;
			return count++;
		}
	}

	/**
	 * Declares the location of the Rapport {@code .ecore} in {@code xsi:schemaLocation}; EMF leaves out
	 * generated packages, whose resource URI is their namespace URI.
	 */
	private static final class SchemaLocationSave extends XMISaveImpl {

		private String ecoreLocation = DEFAULT_ECORE_LOCATION;

		SchemaLocationSave(XMLHelper helper) {
			super(helper);
		}

		@Override
		protected void init(XMLResource resource, Map<?, ?> options) {
			super.init(resource, options);
			Object option = options.get(OPTION_ECORE_LOCATION);
			ecoreLocation = option == null ? DEFAULT_ECORE_LOCATION : option.toString();
		}

		/**
		 * With {@link XMLResource#OPTION_KEEP_DEFAULT_CONTENT} every single-valued attribute that holds a value is
		 * written, also when it is the implicit default (the first enum literal, 0, false), which EMF's own option
		 * leaves out: a reader without the {@code .ecore} sees every value. Plan files are saved without the option.
		 */
		@Override
		protected boolean shouldSaveFeature(EObject o, EStructuralFeature f) {
			return super.shouldSaveFeature(o, f)
					|| keepDefaults && f instanceof EAttribute && !f.isMany() && o.eGet(f) != null;
		}

		@Override
		public void addNamespaceDeclarations() {
			if (!declareSchemaLocation || declareSchemaLocationImplementation || toDOM || ecoreLocation.isEmpty()) {
				super.addNamespaceDeclarations();
				return;
			}
			// compute the locations ourselves and write them once, after EMF's declarations
			StringBuilder locations = new StringBuilder();
			for (EPackage ePackage : helper.packages()) {
				String nsURI = ePackage.getNsURI();
				if (nsURI == null) {
					continue;
				}
				String location = null;
				if (RapportPackage.eNS_URI.equals(nsURI)) {
					location = ecoreLocation;
				} else if (ePackage.eResource() != null && ePackage.eResource().getURI() != null
						&& !nsURI.equals(ePackage.eResource().getURI().toString())) {
					location = helper.getHREF(ePackage);
					if (location != null && location.endsWith("#/")) { //$NON-NLS-1$
						location = location.substring(0, location.length() - 2);
					}
				}
				if (location != null) {
					if (locations.length() > 0) {
						locations.append(' ');
					}
					locations.append(nsURI).append(' ').append(location);
				}
			}
			declareSchemaLocation = false;
			try {
				super.addNamespaceDeclarations();
			} finally {
				declareSchemaLocation = true;
			}
			if (locations.length() > 0) {
				if (!declareXSI) {
					doc.addAttribute(XSI_XMLNS, XMLResource.XSI_URI);
				}
				doc.addAttribute(XSI_SCHEMA_LOCATION, locations.toString());
				doc.complete(); // wrap before the object's own attributes, as EMF does after its declarations
			}
		}
	}
}
