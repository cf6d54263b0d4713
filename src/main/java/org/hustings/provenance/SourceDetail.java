package org.hustings.provenance;

import java.util.List;

/**
 * Everything recorded about one source: its footing, its supplier with the due diligence evidence,
 * every version of its wording, the statute's field annotations (statutory sources), and its latest
 * deliveries ({@code datasetCount} counts them all).
 */
public record SourceDetail(SourceView source, Integer retentionMonths, SupplierView supplier, List<WordingVersion> wordings,
                           List<DeclaredField> statutoryFields, long datasetCount, List<DatasetView> datasets) {

    public SourceDetail {
        wordings = List.copyOf(wordings);
        statutoryFields = List.copyOf(statutoryFields);
        datasets = List.copyOf(datasets);
    }
}
