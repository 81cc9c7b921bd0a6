package se.openup.loader.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms the loader writes, as Jena nodes (see ontology/openup.ttl and docs/ontology.md). */
public final class Vocab {
    private Vocab() {}

    public static final String OPENUP = "https://w3id.org/openup/def#";
    public static final String PAYMENT = "http://reference.data.gov.uk/def/payment#";
    public static final String OCDS = "http://data.tbfy.eu/ontology/ocds#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String ROV = "http://www.w3.org/ns/regorg#";
    public static final String ADMS = "http://www.w3.org/ns/adms#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String CURRENCY = "http://publications.europa.eu/resource/authority/currency/";
    public static final String SE_ON = "https://org-id.guide/list/SE-ON";

    public static final Node TYPE = uri(RDF + "type");
    public static final Node LABEL = uri(RDFS + "label");

    public static final Node PAYMENT_CLASS = uri(PAYMENT + "Payment");
    public static final Node REDACTION = uri(PAYMENT + "Redaction");
    public static final Node PAYER = uri(PAYMENT + "payer");
    public static final Node PAYEE = uri(PAYMENT + "payee");
    public static final Node DATE = uri(PAYMENT + "date");
    public static final Node NET_AMOUNT = uri(PAYMENT + "netAmount");
    public static final Node PAYMENT_CURRENCY = uri(PAYMENT + "currency");
    public static final Node EXPENDITURE_CATEGORY = uri(PAYMENT + "expenditureCategory");
    public static final Node EXPENDITURE_CODE = uri(PAYMENT + "expenditureCode");
    public static final Node UNIT = uri(PAYMENT + "unit");
    public static final Node REFERENCE = uri(PAYMENT + "reference");

    public static final Node TRANSACTION = uri(OCDS + "Transaction");
    public static final Node OCDS_ORGANISATION = uri(OCDS + "Organisation");

    public static final Node ORGANIZATION = uri(ORG + "Organization");
    public static final Node ORGANIZATIONAL_UNIT = uri(ORG + "OrganizationalUnit");
    public static final Node UNIT_OF = uri(ORG + "unitOf");
    public static final Node REGISTERED_ORGANIZATION = uri(ROV + "RegisteredOrganization");
    public static final Node ADMS_IDENTIFIER = uri(ADMS + "identifier");
    public static final Node IDENTIFIER_CLASS = uri(ADMS + "Identifier");

    public static final Node CONCEPT = uri(SKOS + "Concept");
    public static final Node CONCEPT_SCHEME = uri(SKOS + "ConceptScheme");
    public static final Node IN_SCHEME = uri(SKOS + "inScheme");
    public static final Node TOP_CONCEPT_OF = uri(SKOS + "topConceptOf");
    public static final Node NOTATION = uri(SKOS + "notation");
    public static final Node PREF_LABEL = uri(SKOS + "prefLabel");
    public static final Node BROADER = uri(SKOS + "broader");
    public static final Node BROAD_MATCH = uri(SKOS + "broadMatch");

    public static final Node DISTRIBUTION = uri(DCAT + "Distribution");
    public static final Node DATASET = uri(DCAT + "Dataset");
    public static final Node HAS_DISTRIBUTION = uri(DCAT + "distribution");
    public static final Node BYTE_SIZE = uri(DCAT + "byteSize");
    public static final Node MEDIA_TYPE = uri(DCAT + "mediaType");
    public static final Node TITLE = uri(DCT + "title");
    public static final Node PUBLISHER = uri(DCT + "publisher");
    public static final Node CONFORMS_TO = uri(DCT + "conformsTo");
    public static final Node CHECKSUM = uri(SPDX + "checksum");
    public static final Node CHECKSUM_CLASS = uri(SPDX + "Checksum");
    public static final Node ALGORITHM = uri(SPDX + "algorithm");
    public static final Node SHA256 = uri(SPDX + "checksumAlgorithm_sha256");
    public static final Node CHECKSUM_VALUE = uri(SPDX + "checksumValue");

    public static final Node ACTIVITY = uri(PROV + "Activity");
    public static final Node USED = uri(PROV + "used");
    public static final Node STARTED = uri(PROV + "startedAtTime");
    public static final Node ENDED = uri(PROV + "endedAtTime");
    public static final Node WAS_DERIVED_FROM = uri(PROV + "wasDerivedFrom");
    public static final Node WAS_GENERATED_BY = uri(PROV + "wasGeneratedBy");

    public static final Node NAME = uri(SCHEMA + "name");

    public static final Node NAME_AS_PUBLISHED = openup("nameAsPublished");
    public static final Node KOMMUNKOD = openup("kommunkod");
    public static final Node ORGANISATIONSNUMMER = openup("organisationsnummer");
    public static final Node INVOICE_NUMBER = openup("invoiceNumber");
    public static final Node PROCUREMENT_BASIS = openup("procurementBasis");
    public static final Node CONTRACT_REFERENCE = openup("contractReference");
    public static final Node SUPPLIER_ID_ISSUE = openup("supplierIdIssue");
    public static final Node OTHER_SUPPLIER_ID = openup("otherSupplierId");
    public static final Node PUBLISHER_SUPPLIER_NUMBER = openup("publisherSupplierNumber");
    public static final Node SOURCE_LINE = openup("sourceLine");
    public static final Node DATE_PRECISION = openup("datePrecision");
    public static final Node MONTH_PRECISION = openup("MonthPrecision");
    public static final Node UNIDENTIFIED_ORGANISATION = openup("UnidentifiedOrganisation");
    public static final Node VAT_ID_SCHEME = openup("VatIdScheme");
    public static final Node MAPPING = openup("mapping");
    public static final Node MAPPING_CHECKSUM = openup("mappingChecksum");
    public static final Node PERIOD = openup("period");
    public static final Node ROWS_READ = openup("rowsRead");
    public static final Node ROWS_LOADED = openup("rowsLoaded");
    public static final Node ROWS_REJECTED = openup("rowsRejected");
    public static final Node ROWS_REDACTED = openup("rowsRedacted");
    public static final Node ROWS_SKIPPED = openup("rowsSkipped");
    public static final Node AMOUNT_READ = openup("amountRead");
    public static final Node AMOUNT_LOADED = openup("amountLoaded");
    public static final Node AMOUNT_REJECTED = openup("amountRejected");
    public static final Node REJECTED_ROW = openup("RejectedRow");
    public static final Node REJECTED_IN = openup("rejectedIn");
    public static final Node COLUMN = openup("column");
    public static final Node REASON = openup("reason");

    // procurement statistics: reused OCDS (tbfy) and Dublin Core terms, then our own (ontology/openup.ttl)
    public static final Node CONTRACTING_PROCESS = uri(OCDS + "ContractingProcess");
    public static final Node TENDER = uri(OCDS + "Tender");
    public static final Node ITEM = uri(OCDS + "Item");
    public static final Node AWARD = uri(OCDS + "Award");
    public static final Node CONTRACT = uri(OCDS + "Contract");
    public static final Node VALUE = uri(OCDS + "Value");
    public static final Node HAS_TENDER = uri(OCDS + "hasTender");
    public static final Node HAS_BUYER = uri(OCDS + "hasBuyer");
    public static final Node HAS_AWARD = uri(OCDS + "hasAward");
    public static final Node HAS_CONTRACT = uri(OCDS + "hasContract");
    public static final Node HAS_SUPPLIER = uri(OCDS + "hasSupplier");
    public static final Node IS_ISSUED_FOR_TENDER = uri(OCDS + "isIssuedForTender");
    public static final Node IS_ISSUED_FOR_AWARD = uri(OCDS + "isIssuedForAward");
    public static final Node HAS_ITEM_TO_BE_PROCURED = uri(OCDS + "hasItemToBeProcured");
    public static final Node HAS_CLASSIFICATION = uri(OCDS + "hasClassification");
    public static final Node TENDER_ID = uri(OCDS + "tenderId");
    public static final Node PROCUREMENT_METHOD = uri(OCDS + "procurementMethod");
    public static final Node PROCUREMENT_METHOD_DETAILS = uri(OCDS + "procurementMethodDetails");
    public static final Node MAIN_PROCUREMENT_CATEGORY = uri(OCDS + "mainProcurementCategory");
    public static final Node VALUE_AMOUNT = uri(OCDS + "valueAmount");
    public static final Node VALUE_CURRENCY = uri(OCDS + "valueCurrency");
    public static final Node ISSUED = uri(DCT + "issued");
    public static final Node ALT_LABEL = uri(SKOS + "altLabel");

    public static final Node CONTRACTED_VALUE = openup("contractedValue");
    public static final Node CONTRACTED_TENDERS = openup("contractedTenders");
    public static final Node LOT = openup("lot");
    public static final Node LEGAL_BASIS = openup("legalBasis");
    public static final Node NOTICE_DATABASE = openup("noticeDatabase");
    public static final Node SECTOR = openup("sector");
    public static final Node SUBSECTOR = openup("subsector");
    public static final Node LEGAL_FORM = openup("legalForm");
    public static final Node SIZE_CLASS = openup("sizeClass");
    public static final Node INDUSTRY = openup("industry");

    public static Node openup(String local) { return uri(OPENUP + local); }

    public static Node uri(String iri) { return NodeFactory.createURI(iri); }
}
