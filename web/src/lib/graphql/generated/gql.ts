/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      username\n      fullName\n      roles\n      mustChangePassword\n    }\n    myPermissions\n  }\n": typeof types.MeDocument,
    "\n  fragment ConnectionSummary on ServiceConnection {\n    controlNumber\n    street\n    exteriorNumber\n    neighborhood\n    holder {\n      fullName\n    }\n    locality {\n      name\n    }\n  }\n": typeof types.ConnectionSummaryFragmentDoc,
    "\n  fragment HistoryPage on HistoryEventPage {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      type\n      summary\n      occurredAt\n    }\n  }\n": typeof types.HistoryPageFragmentDoc,
    "\n  fragment OrderSummary on WorkOrder {\n    id\n    folio\n    type\n    status\n    dueAt\n    overdue\n    assignee {\n      username\n      fullName\n    }\n  }\n": typeof types.OrderSummaryFragmentDoc,
    "\n  fragment TransparencySnapshotSummary on TransparencyReport {\n    id\n    version\n    generatedAt\n    sha256\n    deliveredAt\n    availableActions\n    generatedBy {\n      fullName\n    }\n    deliveredBy {\n      fullName\n    }\n  }\n": typeof types.TransparencySnapshotSummaryFragmentDoc,
    "\n  fragment TransparencyFiguresAll on TransparencyFigures {\n    complaintsFiled\n    complaintsByCategory {\n      key\n      count\n    }\n    complaintsByChannel {\n      key\n      count\n    }\n    complaintsByStatus {\n      key\n      count\n    }\n    complaintsResolved\n    resolutionMedianHours\n    resolutionP90Hours\n    workOrdersByType {\n      type\n      issued\n      completed\n      overdue\n    }\n    verificationsByOutcome {\n      key\n      count\n    }\n    discounts {\n      decision\n      count\n      amount\n    }\n    reconnectionsCompleted\n    reconnectionMedianHoursAfterPayment\n    reconnectionP90HoursAfterPayment\n    leakReportsFiled\n    leakReportsAttended\n    leakReportsWithinTarget\n  }\n": typeof types.TransparencyFiguresAllFragmentDoc,
    "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actorName\n    actorRole\n    action\n    entityType\n    entityId\n    before\n    after\n    requestId\n    correlationId\n    chainSeq\n    hash\n  }\n": typeof types.AuditEntryRowFragmentDoc,
    "\n  fragment DeadlineFields on Deadline {\n    dueOn\n    daysLeft\n    businessDaysLeft\n    overdue\n  }\n": typeof types.DeadlineFieldsFragmentDoc,
    "\n  fragment TransparencyMonthStatus on TransparencyMonth {\n    year\n    month\n    delivered\n    availableActions\n    deadline {\n      ...DeadlineFields\n    }\n  }\n": typeof types.TransparencyMonthStatusFragmentDoc,
    "\n  fragment InformationRequestChange on InformationRequestPayload {\n    informationRequest {\n      id\n      folio\n    }\n    userErrors {\n      field\n      message\n    }\n  }\n": typeof types.InformationRequestChangeFragmentDoc,
    "\n  fragment TransparencyReportChange on TransparencyReportPayload {\n    report {\n      version\n    }\n    userErrors {\n      field\n      message\n    }\n  }\n": typeof types.TransparencyReportChangeFragmentDoc,
    "\n  mutation GenerateTransparencyReport($input: GenerateTransparencyReportInput!) {\n    generateTransparencyReport(input: $input) {\n      ...TransparencyReportChange\n    }\n  }\n": typeof types.GenerateTransparencyReportDocument,
    "\n  mutation MarkTransparencyReportDelivered($input: MarkTransparencyReportDeliveredInput!) {\n    markTransparencyReportDelivered(input: $input) {\n      ...TransparencyReportChange\n    }\n  }\n": typeof types.MarkTransparencyReportDeliveredDocument,
    "\n  query TransparencyMonthDetail($year: Int!, $month: Int!) {\n    transparencyMonth(year: $year, month: $month) {\n      ...TransparencyMonthStatus\n      reports {\n        ...TransparencySnapshotSummary\n      }\n    }\n  }\n": typeof types.TransparencyMonthDetailDocument,
    "\n  query SnapshotFigures($id: ID!) {\n    node(id: $id) {\n      ... on TransparencyReport {\n        figures {\n          ...TransparencyFiguresAll\n        }\n      }\n    }\n  }\n": typeof types.SnapshotFiguresDocument,
    "\n  query LiveFigures($year: Int!, $month: Int!) {\n    transparencyReport(year: $year, month: $month) {\n      ...TransparencyFiguresAll\n    }\n  }\n": typeof types.LiveFiguresDocument,
    "\n  mutation AssignWorkOrder($input: AssignWorkOrderInput!) {\n    assignWorkOrder(input: $input) { workOrder { id folio status } userErrors { field message } }\n  }\n": typeof types.AssignWorkOrderDocument,
    "\n  mutation StartWorkOrder($input: StartWorkOrderInput!) {\n    startWorkOrder(input: $input) { workOrder { id folio status } userErrors { field message } }\n  }\n": typeof types.StartWorkOrderDocument,
    "\n  mutation CompleteWorkOrder($input: CompleteWorkOrderInput!) {\n    completeWorkOrder(input: $input) { workOrder { id folio status } userErrors { field message } }\n  }\n": typeof types.CompleteWorkOrderDocument,
    "\n  mutation CancelWorkOrder($input: CancelWorkOrderInput!) {\n    cancelWorkOrder(input: $input) { workOrder { id folio status } userErrors { field message } }\n  }\n": typeof types.CancelWorkOrderDocument,
    "\n  mutation CompleteVerification($input: CompleteVerificationInput!) {\n    completeVerification(input: $input) {\n      workOrder { id folio status }\n      followUpOrder { folio }\n      userErrors { field message }\n    }\n  }\n": typeof types.CompleteVerificationDocument,
    "\n  query SearchConnections($first: Int!, $after: String, $filter: ConnectionFilter) {\n    serviceConnections(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          controlNumber\n          street\n          exteriorNumber\n          neighborhood\n          status\n          balance\n          holder {\n            fullName\n          }\n          locality {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchConnectionsDocument,
    "\n  query ApiClients($first: Int!, $after: String) {\n    apiScopes {\n      name\n      description\n    }\n    apiClients(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        description\n        keyPrefix\n        scopes\n        active\n        createdAt\n        rotatedAt\n        previousKeyExpiresAt\n        revokedAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.ApiClientsDocument,
    "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      apiClient {\n        name\n      }\n      key\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateApiClientDocument,
    "\n  mutation RotateApiClientKey($input: RotateApiClientKeyInput!) {\n    rotateApiClientKey(input: $input) {\n      apiClient {\n        name\n        previousKeyExpiresAt\n      }\n      key\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.RotateApiClientKeyDocument,
    "\n  mutation RevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      apiClient {\n        name\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.RevokeApiClientDocument,
    "\n  query CrewsCatalog {\n    crews {\n      id\n      name\n      leaderName\n      localities {\n        id\n        name\n      }\n    }\n    localities {\n      id\n      name\n    }\n  }\n": typeof types.CrewsCatalogDocument,
    "\n  mutation SaveCrew($input: CrewInput!) {\n    saveCrew(input: $input) {\n      crew {\n        name\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.SaveCrewDocument,
    "\n  query Holidays($year: Int!) {\n    holidays(year: $year) {\n      id\n      date\n      name\n      kind\n      editable\n    }\n  }\n": typeof types.HolidaysDocument,
    "\n  mutation CreateClosure($input: CreateClosureInput!) {\n    createClosure(input: $input) {\n      holiday {\n        date\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.CreateClosureDocument,
    "\n  mutation DeleteClosure($input: DeleteClosureInput!) {\n    deleteClosure(input: $input) {\n      deletedId\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.DeleteClosureDocument,
    "\n  query LocalitiesCatalog {\n    localities {\n      id\n      name\n      municipality\n    }\n  }\n": typeof types.LocalitiesCatalogDocument,
    "\n  mutation SaveLocality($input: LocalityInput!) {\n    saveLocality(input: $input) {\n      locality {\n        name\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.SaveLocalityDocument,
    "\n  query ServiceTargets {\n    serviceTargets {\n      type\n      hours\n      businessDays\n      escalateToHeadAfterHours\n      escalateToManagerAfterHours\n    }\n  }\n": typeof types.ServiceTargetsDocument,
    "\n  mutation UpdateServiceTarget($input: UpdateServiceTargetInput!) {\n    updateServiceTarget(input: $input) {\n      serviceTarget {\n        type\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.UpdateServiceTargetDocument,
    "\n  query Settings {\n    settings {\n      key\n      label\n      value\n      min\n      max\n      integer\n    }\n  }\n": typeof types.SettingsDocument,
    "\n  mutation UpdateSetting($input: UpdateSettingInput!) {\n    updateSetting(input: $input) {\n      setting {\n        label\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.UpdateSettingDocument,
    "\n  query StaffList($first: Int!, $after: String, $filter: StaffFilter) {\n    staffMembers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        fullName\n        active\n        roles\n        lastLoginAt\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.StaffListDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      staff {\n        id\n        username\n        fullName\n      }\n      temporaryPassword\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateStaffDocument,
    "\n  query StaffMember($id: ID!) {\n    staffMember(id: $id) {\n      id\n      username\n      fullName\n      active\n      roles\n      lastLoginAt\n      mustChangePassword\n      createdAt\n      deactivatedAt\n    }\n  }\n": typeof types.StaffMemberDocument,
    "\n  mutation UpdateStaffRoles($input: UpdateStaffRolesInput!) {\n    updateStaffRoles(input: $input) {\n      staff {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.UpdateStaffRolesDocument,
    "\n  mutation DeactivateStaff($input: StaffIdInput!) {\n    deactivateStaff(input: $input) {\n      staff {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.DeactivateStaffDocument,
    "\n  mutation ReactivateStaff($input: StaffIdInput!) {\n    reactivateStaff(input: $input) {\n      staff {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.ReactivateStaffDocument,
    "\n  mutation ResetStaffPassword($input: StaffIdInput!) {\n    resetStaffPassword(input: $input) {\n      staff {\n        fullName\n      }\n      temporaryPassword\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.ResetStaffPasswordDocument,
    "\n  query TariffsCatalog {\n    tariffs {\n      id\n      connectionType\n      validFrom\n      minimumM3\n      minimumCharge\n      inForce\n      blocks {\n        fromM3\n        toM3\n        pricePerM3\n      }\n    }\n  }\n": typeof types.TariffsCatalogDocument,
    "\n  mutation SaveTariff($input: TariffInput!) {\n    saveTariff(input: $input) {\n      tariff {\n        connectionType\n        validFrom\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.SaveTariffDocument,
    "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEntries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AuditEntryRow\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query VerifyAuditChain($from: DateTimeISO, $to: DateTimeISO) {\n    verifyAuditChain(from: $from, to: $to) {\n      intact\n      checkedEntries\n      firstSeq\n      lastSeq\n      headSeq\n      headHash\n      verifiedAt\n      brokenLink {\n        seq\n        entryId\n        problem\n        expected\n        found\n      }\n    }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  query AuditExportPage($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEntries(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AuditEntryRow\n        previousHash\n      }\n    }\n  }\n": typeof types.AuditExportPageDocument,
    "\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      staff {\n        username\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.ChangeOwnPasswordDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      staff {\n        username\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query WorkOrderList($first: Int!, $after: String, $filter: WorkOrderFilter) {\n    workOrders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        folio\n        type\n        status\n        dueAt\n        overdue\n        department\n        assignee {\n          username\n          fullName\n        }\n        complaint {\n          locationText\n        }\n        connection {\n          ...ConnectionSummary\n          meter {\n            serialNumber\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkOrderListDocument,
    "\n  query WorkOrderDetail($id: ID!) {\n    node(id: $id) {\n      ... on WorkOrder {\n        id\n        folio\n        type\n        status\n        department\n        observations\n        issuedAt\n        dueAt\n        overdue\n        completedAt\n        verificationOutcome\n        excessM3\n        limitationResult\n        resultNotes\n        availableActions\n        assignee {\n          id\n          username\n          fullName\n        }\n        complaint {\n          id\n          folio\n          kind\n          category\n          description\n          locationText\n          street\n          locality {\n            name\n          }\n        }\n        connection {\n          ...ConnectionSummary\n          balance\n          meter {\n            serialNumber\n            brand\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkOrderDetailDocument,
    "\n  query Assignees($role: Role!) {\n    staffMembers(first: 100, filter: { role: $role, active: true }) {\n      nodes {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.AssigneesDocument,
    "\n  query ComplaintDetail($id: ID!) {\n    node(id: $id) {\n      ... on Complaint {\n        id\n        folio\n        kind\n        category\n        channel\n        status\n        description\n        reporterName\n        createdAt\n        connection {\n          ...ConnectionSummary\n        }\n        workOrders {\n          ...OrderSummary\n        }\n      }\n    }\n  }\n": typeof types.ComplaintDetailDocument,
    "\n  query InformationRequestList($first: Int!, $after: String, $filter: InformationRequestFilter) {\n    informationRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        folio\n        receivedAt\n        requesterName\n        subject\n        responsibleArea\n        status\n        deadline {\n          ...DeadlineFields\n        }\n      }\n    }\n  }\n": typeof types.InformationRequestListDocument,
    "\n  query InformationRequestDetail($id: ID!) {\n    node(id: $id) {\n      ... on InformationRequest {\n        id\n        folio\n        receivedAt\n        channel\n        requesterName\n        subject\n        responsibleArea\n        status\n        dueAt\n        originalDueAt\n        extendedAt\n        extensionReason\n        response\n        declineReason\n        respondedAt\n        availableActions\n        deadline {\n          ...DeadlineFields\n        }\n      }\n    }\n  }\n": typeof types.InformationRequestDetailDocument,
    "\n  mutation StartInformationRequest($input: StartInformationRequestInput!) {\n    startInformationRequest(input: $input) {\n      ...InformationRequestChange\n    }\n  }\n": typeof types.StartInformationRequestDocument,
    "\n  mutation ExtendInformationRequest($input: ExtendInformationRequestInput!) {\n    extendInformationRequest(input: $input) {\n      ...InformationRequestChange\n    }\n  }\n": typeof types.ExtendInformationRequestDocument,
    "\n  mutation AnswerInformationRequest($input: AnswerInformationRequestInput!) {\n    answerInformationRequest(input: $input) {\n      ...InformationRequestChange\n    }\n  }\n": typeof types.AnswerInformationRequestDocument,
    "\n  mutation DeclineInformationRequest($input: DeclineInformationRequestInput!) {\n    declineInformationRequest(input: $input) {\n      ...InformationRequestChange\n    }\n  }\n": typeof types.DeclineInformationRequestDocument,
    "\n  mutation ReceiveInformationRequest($input: ReceiveInformationRequestInput!) {\n    receiveInformationRequest(input: $input) {\n      ...InformationRequestChange\n    }\n  }\n": typeof types.ReceiveInformationRequestDocument,
    "\n  query ConnectionCard($controlNumber: String!, $historyFirst: Int!) {\n    serviceConnection(controlNumber: $controlNumber) {\n      id\n      controlNumber\n      street\n      exteriorNumber\n      neighborhood\n      type\n      status\n      balance\n      periodsOwed\n      holder {\n        fullName\n        curp\n        phone\n        email\n      }\n      locality {\n        name\n        municipality\n      }\n      meter {\n        serialNumber\n        brand\n        installedAt\n        lastReadingM3\n      }\n      openComplaints {\n        id\n        folio\n        kind\n        category\n        status\n        createdAt\n      }\n      openWorkOrders {\n        ...OrderSummary\n      }\n      history(first: $historyFirst) {\n        totalCount\n        ...HistoryPage\n      }\n    }\n  }\n": typeof types.ConnectionCardDocument,
    "\n  query MoreHistory($controlNumber: String!, $first: Int!, $after: String) {\n    serviceConnection(controlNumber: $controlNumber) {\n      history(first: $first, after: $after) {\n        ...HistoryPage\n      }\n    }\n  }\n": typeof types.MoreHistoryDocument,
    "\n  query ComplaintTarget($controlNumber: String!) {\n    serviceConnection(controlNumber: $controlNumber) {\n      id\n      ...ConnectionSummary\n    }\n  }\n": typeof types.ComplaintTargetDocument,
    "\n  mutation FileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      complaint {\n        id\n        folio\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.FileComplaintDocument,
    "\n  query TransparencyMonths($count: Int!) {\n    transparencyMonths(count: $count) {\n      ...TransparencyMonthStatus\n      reports {\n        ...TransparencySnapshotSummary\n      }\n    }\n  }\n": typeof types.TransparencyMonthsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      username\n      fullName\n      roles\n      mustChangePassword\n    }\n    myPermissions\n  }\n": types.MeDocument,
    "\n  fragment ConnectionSummary on ServiceConnection {\n    controlNumber\n    street\n    exteriorNumber\n    neighborhood\n    holder {\n      fullName\n    }\n    locality {\n      name\n    }\n  }\n": types.ConnectionSummaryFragmentDoc,
    "\n  fragment HistoryPage on HistoryEventPage {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      type\n      summary\n      occurredAt\n    }\n  }\n": types.HistoryPageFragmentDoc,
    "\n  fragment OrderSummary on WorkOrder {\n    id\n    folio\n    type\n    status\n    dueAt\n    overdue\n    assignee {\n      username\n      fullName\n    }\n  }\n": types.OrderSummaryFragmentDoc,
    "\n  fragment TransparencySnapshotSummary on TransparencyReport {\n    id\n    version\n    generatedAt\n    sha256\n    deliveredAt\n    availableActions\n    generatedBy {\n      fullName\n    }\n    deliveredBy {\n      fullName\n    }\n  }\n": types.TransparencySnapshotSummaryFragmentDoc,
    "\n  fragment TransparencyFiguresAll on TransparencyFigures {\n    complaintsFiled\n    complaintsByCategory {\n      key\n      count\n    }\n    complaintsByChannel {\n      key\n      count\n    }\n    complaintsByStatus {\n      key\n      count\n    }\n    complaintsResolved\n    resolutionMedianHours\n    resolutionP90Hours\n    workOrdersByType {\n      type\n      issued\n      completed\n      overdue\n    }\n    verificationsByOutcome {\n      key\n      count\n    }\n    discounts {\n      decision\n      count\n      amount\n    }\n    reconnectionsCompleted\n    reconnectionMedianHoursAfterPayment\n    reconnectionP90HoursAfterPayment\n    leakReportsFiled\n    leakReportsAttended\n    leakReportsWithinTarget\n  }\n": types.TransparencyFiguresAllFragmentDoc,
    "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actorName\n    actorRole\n    action\n    entityType\n    entityId\n    before\n    after\n    requestId\n    correlationId\n    chainSeq\n    hash\n  }\n": types.AuditEntryRowFragmentDoc,
    "\n  fragment DeadlineFields on Deadline {\n    dueOn\n    daysLeft\n    businessDaysLeft\n    overdue\n  }\n": types.DeadlineFieldsFragmentDoc,
    "\n  fragment TransparencyMonthStatus on TransparencyMonth {\n    year\n    month\n    delivered\n    availableActions\n    deadline {\n      ...DeadlineFields\n    }\n  }\n": types.TransparencyMonthStatusFragmentDoc,
    "\n  fragment InformationRequestChange on InformationRequestPayload {\n    informationRequest {\n      id\n      folio\n    }\n    userErrors {\n      field\n      message\n    }\n  }\n": types.InformationRequestChangeFragmentDoc,
    "\n  fragment TransparencyReportChange on TransparencyReportPayload {\n    report {\n      version\n    }\n    userErrors {\n      field\n      message\n    }\n  }\n": types.TransparencyReportChangeFragmentDoc,
    "\n  mutation GenerateTransparencyReport($input: GenerateTransparencyReportInput!) {\n    generateTransparencyReport(input: $input) {\n      ...TransparencyReportChange\n    }\n  }\n": types.GenerateTransparencyReportDocument,
    "\n  mutation MarkTransparencyReportDelivered($input: MarkTransparencyReportDeliveredInput!) {\n    markTransparencyReportDelivered(input: $input) {\n      ...TransparencyReportChange\n    }\n  }\n": types.MarkTransparencyReportDeliveredDocument,
    "\n  query TransparencyMonthDetail($year: Int!, $month: Int!) {\n    transparencyMonth(year: $year, month: $month) {\n      ...TransparencyMonthStatus\n      reports {\n        ...TransparencySnapshotSummary\n      }\n    }\n  }\n": types.TransparencyMonthDetailDocument,
    "\n  query SnapshotFigures($id: ID!) {\n    node(id: $id) {\n      ... on TransparencyReport {\n        figures {\n          ...TransparencyFiguresAll\n        }\n      }\n    }\n  }\n": types.SnapshotFiguresDocument,
    "\n  query LiveFigures($year: Int!, $month: Int!) {\n    transparencyReport(year: $year, month: $month) {\n      ...TransparencyFiguresAll\n    }\n  }\n": types.LiveFiguresDocument,
    "\n  mutation AssignWorkOrder($input: AssignWorkOrderInput!) {\n    assignWorkOrder(input: $input) { workOrder { id folio status } userErrors { field message } }\n  }\n": types.AssignWorkOrderDocument,
    "\n  mutation StartWorkOrder($input: StartWorkOrderInput!) {\n    startWorkOrder(input: $input) { workOrder { id folio status } userErrors { field message } }\n  }\n": types.StartWorkOrderDocument,
    "\n  mutation CompleteWorkOrder($input: CompleteWorkOrderInput!) {\n    completeWorkOrder(input: $input) { workOrder { id folio status } userErrors { field message } }\n  }\n": types.CompleteWorkOrderDocument,
    "\n  mutation CancelWorkOrder($input: CancelWorkOrderInput!) {\n    cancelWorkOrder(input: $input) { workOrder { id folio status } userErrors { field message } }\n  }\n": types.CancelWorkOrderDocument,
    "\n  mutation CompleteVerification($input: CompleteVerificationInput!) {\n    completeVerification(input: $input) {\n      workOrder { id folio status }\n      followUpOrder { folio }\n      userErrors { field message }\n    }\n  }\n": types.CompleteVerificationDocument,
    "\n  query SearchConnections($first: Int!, $after: String, $filter: ConnectionFilter) {\n    serviceConnections(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          controlNumber\n          street\n          exteriorNumber\n          neighborhood\n          status\n          balance\n          holder {\n            fullName\n          }\n          locality {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SearchConnectionsDocument,
    "\n  query ApiClients($first: Int!, $after: String) {\n    apiScopes {\n      name\n      description\n    }\n    apiClients(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        description\n        keyPrefix\n        scopes\n        active\n        createdAt\n        rotatedAt\n        previousKeyExpiresAt\n        revokedAt\n        lastUsedAt\n      }\n    }\n  }\n": types.ApiClientsDocument,
    "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      apiClient {\n        name\n      }\n      key\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.CreateApiClientDocument,
    "\n  mutation RotateApiClientKey($input: RotateApiClientKeyInput!) {\n    rotateApiClientKey(input: $input) {\n      apiClient {\n        name\n        previousKeyExpiresAt\n      }\n      key\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.RotateApiClientKeyDocument,
    "\n  mutation RevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      apiClient {\n        name\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": types.RevokeApiClientDocument,
    "\n  query CrewsCatalog {\n    crews {\n      id\n      name\n      leaderName\n      localities {\n        id\n        name\n      }\n    }\n    localities {\n      id\n      name\n    }\n  }\n": types.CrewsCatalogDocument,
    "\n  mutation SaveCrew($input: CrewInput!) {\n    saveCrew(input: $input) {\n      crew {\n        name\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": types.SaveCrewDocument,
    "\n  query Holidays($year: Int!) {\n    holidays(year: $year) {\n      id\n      date\n      name\n      kind\n      editable\n    }\n  }\n": types.HolidaysDocument,
    "\n  mutation CreateClosure($input: CreateClosureInput!) {\n    createClosure(input: $input) {\n      holiday {\n        date\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": types.CreateClosureDocument,
    "\n  mutation DeleteClosure($input: DeleteClosureInput!) {\n    deleteClosure(input: $input) {\n      deletedId\n      userErrors {\n        message\n      }\n    }\n  }\n": types.DeleteClosureDocument,
    "\n  query LocalitiesCatalog {\n    localities {\n      id\n      name\n      municipality\n    }\n  }\n": types.LocalitiesCatalogDocument,
    "\n  mutation SaveLocality($input: LocalityInput!) {\n    saveLocality(input: $input) {\n      locality {\n        name\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": types.SaveLocalityDocument,
    "\n  query ServiceTargets {\n    serviceTargets {\n      type\n      hours\n      businessDays\n      escalateToHeadAfterHours\n      escalateToManagerAfterHours\n    }\n  }\n": types.ServiceTargetsDocument,
    "\n  mutation UpdateServiceTarget($input: UpdateServiceTargetInput!) {\n    updateServiceTarget(input: $input) {\n      serviceTarget {\n        type\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": types.UpdateServiceTargetDocument,
    "\n  query Settings {\n    settings {\n      key\n      label\n      value\n      min\n      max\n      integer\n    }\n  }\n": types.SettingsDocument,
    "\n  mutation UpdateSetting($input: UpdateSettingInput!) {\n    updateSetting(input: $input) {\n      setting {\n        label\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": types.UpdateSettingDocument,
    "\n  query StaffList($first: Int!, $after: String, $filter: StaffFilter) {\n    staffMembers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        fullName\n        active\n        roles\n        lastLoginAt\n        mustChangePassword\n      }\n    }\n  }\n": types.StaffListDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      staff {\n        id\n        username\n        fullName\n      }\n      temporaryPassword\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.CreateStaffDocument,
    "\n  query StaffMember($id: ID!) {\n    staffMember(id: $id) {\n      id\n      username\n      fullName\n      active\n      roles\n      lastLoginAt\n      mustChangePassword\n      createdAt\n      deactivatedAt\n    }\n  }\n": types.StaffMemberDocument,
    "\n  mutation UpdateStaffRoles($input: UpdateStaffRolesInput!) {\n    updateStaffRoles(input: $input) {\n      staff {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": types.UpdateStaffRolesDocument,
    "\n  mutation DeactivateStaff($input: StaffIdInput!) {\n    deactivateStaff(input: $input) {\n      staff {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": types.DeactivateStaffDocument,
    "\n  mutation ReactivateStaff($input: StaffIdInput!) {\n    reactivateStaff(input: $input) {\n      staff {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": types.ReactivateStaffDocument,
    "\n  mutation ResetStaffPassword($input: StaffIdInput!) {\n    resetStaffPassword(input: $input) {\n      staff {\n        fullName\n      }\n      temporaryPassword\n      userErrors {\n        message\n      }\n    }\n  }\n": types.ResetStaffPasswordDocument,
    "\n  query TariffsCatalog {\n    tariffs {\n      id\n      connectionType\n      validFrom\n      minimumM3\n      minimumCharge\n      inForce\n      blocks {\n        fromM3\n        toM3\n        pricePerM3\n      }\n    }\n  }\n": types.TariffsCatalogDocument,
    "\n  mutation SaveTariff($input: TariffInput!) {\n    saveTariff(input: $input) {\n      tariff {\n        connectionType\n        validFrom\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.SaveTariffDocument,
    "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEntries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AuditEntryRow\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query VerifyAuditChain($from: DateTimeISO, $to: DateTimeISO) {\n    verifyAuditChain(from: $from, to: $to) {\n      intact\n      checkedEntries\n      firstSeq\n      lastSeq\n      headSeq\n      headHash\n      verifiedAt\n      brokenLink {\n        seq\n        entryId\n        problem\n        expected\n        found\n      }\n    }\n  }\n": types.VerifyAuditChainDocument,
    "\n  query AuditExportPage($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEntries(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AuditEntryRow\n        previousHash\n      }\n    }\n  }\n": types.AuditExportPageDocument,
    "\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      staff {\n        username\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.ChangeOwnPasswordDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      staff {\n        username\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query WorkOrderList($first: Int!, $after: String, $filter: WorkOrderFilter) {\n    workOrders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        folio\n        type\n        status\n        dueAt\n        overdue\n        department\n        assignee {\n          username\n          fullName\n        }\n        complaint {\n          locationText\n        }\n        connection {\n          ...ConnectionSummary\n          meter {\n            serialNumber\n          }\n        }\n      }\n    }\n  }\n": types.WorkOrderListDocument,
    "\n  query WorkOrderDetail($id: ID!) {\n    node(id: $id) {\n      ... on WorkOrder {\n        id\n        folio\n        type\n        status\n        department\n        observations\n        issuedAt\n        dueAt\n        overdue\n        completedAt\n        verificationOutcome\n        excessM3\n        limitationResult\n        resultNotes\n        availableActions\n        assignee {\n          id\n          username\n          fullName\n        }\n        complaint {\n          id\n          folio\n          kind\n          category\n          description\n          locationText\n          street\n          locality {\n            name\n          }\n        }\n        connection {\n          ...ConnectionSummary\n          balance\n          meter {\n            serialNumber\n            brand\n          }\n        }\n      }\n    }\n  }\n": types.WorkOrderDetailDocument,
    "\n  query Assignees($role: Role!) {\n    staffMembers(first: 100, filter: { role: $role, active: true }) {\n      nodes {\n        id\n        fullName\n      }\n    }\n  }\n": types.AssigneesDocument,
    "\n  query ComplaintDetail($id: ID!) {\n    node(id: $id) {\n      ... on Complaint {\n        id\n        folio\n        kind\n        category\n        channel\n        status\n        description\n        reporterName\n        createdAt\n        connection {\n          ...ConnectionSummary\n        }\n        workOrders {\n          ...OrderSummary\n        }\n      }\n    }\n  }\n": types.ComplaintDetailDocument,
    "\n  query InformationRequestList($first: Int!, $after: String, $filter: InformationRequestFilter) {\n    informationRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        folio\n        receivedAt\n        requesterName\n        subject\n        responsibleArea\n        status\n        deadline {\n          ...DeadlineFields\n        }\n      }\n    }\n  }\n": types.InformationRequestListDocument,
    "\n  query InformationRequestDetail($id: ID!) {\n    node(id: $id) {\n      ... on InformationRequest {\n        id\n        folio\n        receivedAt\n        channel\n        requesterName\n        subject\n        responsibleArea\n        status\n        dueAt\n        originalDueAt\n        extendedAt\n        extensionReason\n        response\n        declineReason\n        respondedAt\n        availableActions\n        deadline {\n          ...DeadlineFields\n        }\n      }\n    }\n  }\n": types.InformationRequestDetailDocument,
    "\n  mutation StartInformationRequest($input: StartInformationRequestInput!) {\n    startInformationRequest(input: $input) {\n      ...InformationRequestChange\n    }\n  }\n": types.StartInformationRequestDocument,
    "\n  mutation ExtendInformationRequest($input: ExtendInformationRequestInput!) {\n    extendInformationRequest(input: $input) {\n      ...InformationRequestChange\n    }\n  }\n": types.ExtendInformationRequestDocument,
    "\n  mutation AnswerInformationRequest($input: AnswerInformationRequestInput!) {\n    answerInformationRequest(input: $input) {\n      ...InformationRequestChange\n    }\n  }\n": types.AnswerInformationRequestDocument,
    "\n  mutation DeclineInformationRequest($input: DeclineInformationRequestInput!) {\n    declineInformationRequest(input: $input) {\n      ...InformationRequestChange\n    }\n  }\n": types.DeclineInformationRequestDocument,
    "\n  mutation ReceiveInformationRequest($input: ReceiveInformationRequestInput!) {\n    receiveInformationRequest(input: $input) {\n      ...InformationRequestChange\n    }\n  }\n": types.ReceiveInformationRequestDocument,
    "\n  query ConnectionCard($controlNumber: String!, $historyFirst: Int!) {\n    serviceConnection(controlNumber: $controlNumber) {\n      id\n      controlNumber\n      street\n      exteriorNumber\n      neighborhood\n      type\n      status\n      balance\n      periodsOwed\n      holder {\n        fullName\n        curp\n        phone\n        email\n      }\n      locality {\n        name\n        municipality\n      }\n      meter {\n        serialNumber\n        brand\n        installedAt\n        lastReadingM3\n      }\n      openComplaints {\n        id\n        folio\n        kind\n        category\n        status\n        createdAt\n      }\n      openWorkOrders {\n        ...OrderSummary\n      }\n      history(first: $historyFirst) {\n        totalCount\n        ...HistoryPage\n      }\n    }\n  }\n": types.ConnectionCardDocument,
    "\n  query MoreHistory($controlNumber: String!, $first: Int!, $after: String) {\n    serviceConnection(controlNumber: $controlNumber) {\n      history(first: $first, after: $after) {\n        ...HistoryPage\n      }\n    }\n  }\n": types.MoreHistoryDocument,
    "\n  query ComplaintTarget($controlNumber: String!) {\n    serviceConnection(controlNumber: $controlNumber) {\n      id\n      ...ConnectionSummary\n    }\n  }\n": types.ComplaintTargetDocument,
    "\n  mutation FileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      complaint {\n        id\n        folio\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.FileComplaintDocument,
    "\n  query TransparencyMonths($count: Int!) {\n    transparencyMonths(count: $count) {\n      ...TransparencyMonthStatus\n      reports {\n        ...TransparencySnapshotSummary\n      }\n    }\n  }\n": types.TransparencyMonthsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      username\n      fullName\n      roles\n      mustChangePassword\n    }\n    myPermissions\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      username\n      fullName\n      roles\n      mustChangePassword\n    }\n    myPermissions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConnectionSummary on ServiceConnection {\n    controlNumber\n    street\n    exteriorNumber\n    neighborhood\n    holder {\n      fullName\n    }\n    locality {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ConnectionSummary on ServiceConnection {\n    controlNumber\n    street\n    exteriorNumber\n    neighborhood\n    holder {\n      fullName\n    }\n    locality {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HistoryPage on HistoryEventPage {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      type\n      summary\n      occurredAt\n    }\n  }\n"): (typeof documents)["\n  fragment HistoryPage on HistoryEventPage {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      type\n      summary\n      occurredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderSummary on WorkOrder {\n    id\n    folio\n    type\n    status\n    dueAt\n    overdue\n    assignee {\n      username\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment OrderSummary on WorkOrder {\n    id\n    folio\n    type\n    status\n    dueAt\n    overdue\n    assignee {\n      username\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransparencySnapshotSummary on TransparencyReport {\n    id\n    version\n    generatedAt\n    sha256\n    deliveredAt\n    availableActions\n    generatedBy {\n      fullName\n    }\n    deliveredBy {\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment TransparencySnapshotSummary on TransparencyReport {\n    id\n    version\n    generatedAt\n    sha256\n    deliveredAt\n    availableActions\n    generatedBy {\n      fullName\n    }\n    deliveredBy {\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransparencyFiguresAll on TransparencyFigures {\n    complaintsFiled\n    complaintsByCategory {\n      key\n      count\n    }\n    complaintsByChannel {\n      key\n      count\n    }\n    complaintsByStatus {\n      key\n      count\n    }\n    complaintsResolved\n    resolutionMedianHours\n    resolutionP90Hours\n    workOrdersByType {\n      type\n      issued\n      completed\n      overdue\n    }\n    verificationsByOutcome {\n      key\n      count\n    }\n    discounts {\n      decision\n      count\n      amount\n    }\n    reconnectionsCompleted\n    reconnectionMedianHoursAfterPayment\n    reconnectionP90HoursAfterPayment\n    leakReportsFiled\n    leakReportsAttended\n    leakReportsWithinTarget\n  }\n"): (typeof documents)["\n  fragment TransparencyFiguresAll on TransparencyFigures {\n    complaintsFiled\n    complaintsByCategory {\n      key\n      count\n    }\n    complaintsByChannel {\n      key\n      count\n    }\n    complaintsByStatus {\n      key\n      count\n    }\n    complaintsResolved\n    resolutionMedianHours\n    resolutionP90Hours\n    workOrdersByType {\n      type\n      issued\n      completed\n      overdue\n    }\n    verificationsByOutcome {\n      key\n      count\n    }\n    discounts {\n      decision\n      count\n      amount\n    }\n    reconnectionsCompleted\n    reconnectionMedianHoursAfterPayment\n    reconnectionP90HoursAfterPayment\n    leakReportsFiled\n    leakReportsAttended\n    leakReportsWithinTarget\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actorName\n    actorRole\n    action\n    entityType\n    entityId\n    before\n    after\n    requestId\n    correlationId\n    chainSeq\n    hash\n  }\n"): (typeof documents)["\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actorName\n    actorRole\n    action\n    entityType\n    entityId\n    before\n    after\n    requestId\n    correlationId\n    chainSeq\n    hash\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeadlineFields on Deadline {\n    dueOn\n    daysLeft\n    businessDaysLeft\n    overdue\n  }\n"): (typeof documents)["\n  fragment DeadlineFields on Deadline {\n    dueOn\n    daysLeft\n    businessDaysLeft\n    overdue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransparencyMonthStatus on TransparencyMonth {\n    year\n    month\n    delivered\n    availableActions\n    deadline {\n      ...DeadlineFields\n    }\n  }\n"): (typeof documents)["\n  fragment TransparencyMonthStatus on TransparencyMonth {\n    year\n    month\n    delivered\n    availableActions\n    deadline {\n      ...DeadlineFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InformationRequestChange on InformationRequestPayload {\n    informationRequest {\n      id\n      folio\n    }\n    userErrors {\n      field\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment InformationRequestChange on InformationRequestPayload {\n    informationRequest {\n      id\n      folio\n    }\n    userErrors {\n      field\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransparencyReportChange on TransparencyReportPayload {\n    report {\n      version\n    }\n    userErrors {\n      field\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment TransparencyReportChange on TransparencyReportPayload {\n    report {\n      version\n    }\n    userErrors {\n      field\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateTransparencyReport($input: GenerateTransparencyReportInput!) {\n    generateTransparencyReport(input: $input) {\n      ...TransparencyReportChange\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateTransparencyReport($input: GenerateTransparencyReportInput!) {\n    generateTransparencyReport(input: $input) {\n      ...TransparencyReportChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkTransparencyReportDelivered($input: MarkTransparencyReportDeliveredInput!) {\n    markTransparencyReportDelivered(input: $input) {\n      ...TransparencyReportChange\n    }\n  }\n"): (typeof documents)["\n  mutation MarkTransparencyReportDelivered($input: MarkTransparencyReportDeliveredInput!) {\n    markTransparencyReportDelivered(input: $input) {\n      ...TransparencyReportChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransparencyMonthDetail($year: Int!, $month: Int!) {\n    transparencyMonth(year: $year, month: $month) {\n      ...TransparencyMonthStatus\n      reports {\n        ...TransparencySnapshotSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query TransparencyMonthDetail($year: Int!, $month: Int!) {\n    transparencyMonth(year: $year, month: $month) {\n      ...TransparencyMonthStatus\n      reports {\n        ...TransparencySnapshotSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SnapshotFigures($id: ID!) {\n    node(id: $id) {\n      ... on TransparencyReport {\n        figures {\n          ...TransparencyFiguresAll\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SnapshotFigures($id: ID!) {\n    node(id: $id) {\n      ... on TransparencyReport {\n        figures {\n          ...TransparencyFiguresAll\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveFigures($year: Int!, $month: Int!) {\n    transparencyReport(year: $year, month: $month) {\n      ...TransparencyFiguresAll\n    }\n  }\n"): (typeof documents)["\n  query LiveFigures($year: Int!, $month: Int!) {\n    transparencyReport(year: $year, month: $month) {\n      ...TransparencyFiguresAll\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignWorkOrder($input: AssignWorkOrderInput!) {\n    assignWorkOrder(input: $input) { workOrder { id folio status } userErrors { field message } }\n  }\n"): (typeof documents)["\n  mutation AssignWorkOrder($input: AssignWorkOrderInput!) {\n    assignWorkOrder(input: $input) { workOrder { id folio status } userErrors { field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartWorkOrder($input: StartWorkOrderInput!) {\n    startWorkOrder(input: $input) { workOrder { id folio status } userErrors { field message } }\n  }\n"): (typeof documents)["\n  mutation StartWorkOrder($input: StartWorkOrderInput!) {\n    startWorkOrder(input: $input) { workOrder { id folio status } userErrors { field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteWorkOrder($input: CompleteWorkOrderInput!) {\n    completeWorkOrder(input: $input) { workOrder { id folio status } userErrors { field message } }\n  }\n"): (typeof documents)["\n  mutation CompleteWorkOrder($input: CompleteWorkOrderInput!) {\n    completeWorkOrder(input: $input) { workOrder { id folio status } userErrors { field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelWorkOrder($input: CancelWorkOrderInput!) {\n    cancelWorkOrder(input: $input) { workOrder { id folio status } userErrors { field message } }\n  }\n"): (typeof documents)["\n  mutation CancelWorkOrder($input: CancelWorkOrderInput!) {\n    cancelWorkOrder(input: $input) { workOrder { id folio status } userErrors { field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteVerification($input: CompleteVerificationInput!) {\n    completeVerification(input: $input) {\n      workOrder { id folio status }\n      followUpOrder { folio }\n      userErrors { field message }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteVerification($input: CompleteVerificationInput!) {\n    completeVerification(input: $input) {\n      workOrder { id folio status }\n      followUpOrder { folio }\n      userErrors { field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchConnections($first: Int!, $after: String, $filter: ConnectionFilter) {\n    serviceConnections(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          controlNumber\n          street\n          exteriorNumber\n          neighborhood\n          status\n          balance\n          holder {\n            fullName\n          }\n          locality {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchConnections($first: Int!, $after: String, $filter: ConnectionFilter) {\n    serviceConnections(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          controlNumber\n          street\n          exteriorNumber\n          neighborhood\n          status\n          balance\n          holder {\n            fullName\n          }\n          locality {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiClients($first: Int!, $after: String) {\n    apiScopes {\n      name\n      description\n    }\n    apiClients(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        description\n        keyPrefix\n        scopes\n        active\n        createdAt\n        rotatedAt\n        previousKeyExpiresAt\n        revokedAt\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiClients($first: Int!, $after: String) {\n    apiScopes {\n      name\n      description\n    }\n    apiClients(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        description\n        keyPrefix\n        scopes\n        active\n        createdAt\n        rotatedAt\n        previousKeyExpiresAt\n        revokedAt\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      apiClient {\n        name\n      }\n      key\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      apiClient {\n        name\n      }\n      key\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateApiClientKey($input: RotateApiClientKeyInput!) {\n    rotateApiClientKey(input: $input) {\n      apiClient {\n        name\n        previousKeyExpiresAt\n      }\n      key\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateApiClientKey($input: RotateApiClientKeyInput!) {\n    rotateApiClientKey(input: $input) {\n      apiClient {\n        name\n        previousKeyExpiresAt\n      }\n      key\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      apiClient {\n        name\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      apiClient {\n        name\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrewsCatalog {\n    crews {\n      id\n      name\n      leaderName\n      localities {\n        id\n        name\n      }\n    }\n    localities {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CrewsCatalog {\n    crews {\n      id\n      name\n      leaderName\n      localities {\n        id\n        name\n      }\n    }\n    localities {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCrew($input: CrewInput!) {\n    saveCrew(input: $input) {\n      crew {\n        name\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCrew($input: CrewInput!) {\n    saveCrew(input: $input) {\n      crew {\n        name\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Holidays($year: Int!) {\n    holidays(year: $year) {\n      id\n      date\n      name\n      kind\n      editable\n    }\n  }\n"): (typeof documents)["\n  query Holidays($year: Int!) {\n    holidays(year: $year) {\n      id\n      date\n      name\n      kind\n      editable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClosure($input: CreateClosureInput!) {\n    createClosure(input: $input) {\n      holiday {\n        date\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateClosure($input: CreateClosureInput!) {\n    createClosure(input: $input) {\n      holiday {\n        date\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteClosure($input: DeleteClosureInput!) {\n    deleteClosure(input: $input) {\n      deletedId\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteClosure($input: DeleteClosureInput!) {\n    deleteClosure(input: $input) {\n      deletedId\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalitiesCatalog {\n    localities {\n      id\n      name\n      municipality\n    }\n  }\n"): (typeof documents)["\n  query LocalitiesCatalog {\n    localities {\n      id\n      name\n      municipality\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLocality($input: LocalityInput!) {\n    saveLocality(input: $input) {\n      locality {\n        name\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLocality($input: LocalityInput!) {\n    saveLocality(input: $input) {\n      locality {\n        name\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceTargets {\n    serviceTargets {\n      type\n      hours\n      businessDays\n      escalateToHeadAfterHours\n      escalateToManagerAfterHours\n    }\n  }\n"): (typeof documents)["\n  query ServiceTargets {\n    serviceTargets {\n      type\n      hours\n      businessDays\n      escalateToHeadAfterHours\n      escalateToManagerAfterHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateServiceTarget($input: UpdateServiceTargetInput!) {\n    updateServiceTarget(input: $input) {\n      serviceTarget {\n        type\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateServiceTarget($input: UpdateServiceTargetInput!) {\n    updateServiceTarget(input: $input) {\n      serviceTarget {\n        type\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Settings {\n    settings {\n      key\n      label\n      value\n      min\n      max\n      integer\n    }\n  }\n"): (typeof documents)["\n  query Settings {\n    settings {\n      key\n      label\n      value\n      min\n      max\n      integer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSetting($input: UpdateSettingInput!) {\n    updateSetting(input: $input) {\n      setting {\n        label\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSetting($input: UpdateSettingInput!) {\n    updateSetting(input: $input) {\n      setting {\n        label\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffList($first: Int!, $after: String, $filter: StaffFilter) {\n    staffMembers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        fullName\n        active\n        roles\n        lastLoginAt\n        mustChangePassword\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffList($first: Int!, $after: String, $filter: StaffFilter) {\n    staffMembers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        fullName\n        active\n        roles\n        lastLoginAt\n        mustChangePassword\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      staff {\n        id\n        username\n        fullName\n      }\n      temporaryPassword\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      staff {\n        id\n        username\n        fullName\n      }\n      temporaryPassword\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMember($id: ID!) {\n    staffMember(id: $id) {\n      id\n      username\n      fullName\n      active\n      roles\n      lastLoginAt\n      mustChangePassword\n      createdAt\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  query StaffMember($id: ID!) {\n    staffMember(id: $id) {\n      id\n      username\n      fullName\n      active\n      roles\n      lastLoginAt\n      mustChangePassword\n      createdAt\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStaffRoles($input: UpdateStaffRolesInput!) {\n    updateStaffRoles(input: $input) {\n      staff {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStaffRoles($input: UpdateStaffRolesInput!) {\n    updateStaffRoles(input: $input) {\n      staff {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateStaff($input: StaffIdInput!) {\n    deactivateStaff(input: $input) {\n      staff {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateStaff($input: StaffIdInput!) {\n    deactivateStaff(input: $input) {\n      staff {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateStaff($input: StaffIdInput!) {\n    reactivateStaff(input: $input) {\n      staff {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateStaff($input: StaffIdInput!) {\n    reactivateStaff(input: $input) {\n      staff {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetStaffPassword($input: StaffIdInput!) {\n    resetStaffPassword(input: $input) {\n      staff {\n        fullName\n      }\n      temporaryPassword\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetStaffPassword($input: StaffIdInput!) {\n    resetStaffPassword(input: $input) {\n      staff {\n        fullName\n      }\n      temporaryPassword\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TariffsCatalog {\n    tariffs {\n      id\n      connectionType\n      validFrom\n      minimumM3\n      minimumCharge\n      inForce\n      blocks {\n        fromM3\n        toM3\n        pricePerM3\n      }\n    }\n  }\n"): (typeof documents)["\n  query TariffsCatalog {\n    tariffs {\n      id\n      connectionType\n      validFrom\n      minimumM3\n      minimumCharge\n      inForce\n      blocks {\n        fromM3\n        toM3\n        pricePerM3\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveTariff($input: TariffInput!) {\n    saveTariff(input: $input) {\n      tariff {\n        connectionType\n        validFrom\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveTariff($input: TariffInput!) {\n    saveTariff(input: $input) {\n      tariff {\n        connectionType\n        validFrom\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEntries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AuditEntryRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEntries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AuditEntryRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain($from: DateTimeISO, $to: DateTimeISO) {\n    verifyAuditChain(from: $from, to: $to) {\n      intact\n      checkedEntries\n      firstSeq\n      lastSeq\n      headSeq\n      headHash\n      verifiedAt\n      brokenLink {\n        seq\n        entryId\n        problem\n        expected\n        found\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyAuditChain($from: DateTimeISO, $to: DateTimeISO) {\n    verifyAuditChain(from: $from, to: $to) {\n      intact\n      checkedEntries\n      firstSeq\n      lastSeq\n      headSeq\n      headHash\n      verifiedAt\n      brokenLink {\n        seq\n        entryId\n        problem\n        expected\n        found\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditExportPage($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEntries(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AuditEntryRow\n        previousHash\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditExportPage($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEntries(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AuditEntryRow\n        previousHash\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      staff {\n        username\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      staff {\n        username\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      staff {\n        username\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      staff {\n        username\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkOrderList($first: Int!, $after: String, $filter: WorkOrderFilter) {\n    workOrders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        folio\n        type\n        status\n        dueAt\n        overdue\n        department\n        assignee {\n          username\n          fullName\n        }\n        complaint {\n          locationText\n        }\n        connection {\n          ...ConnectionSummary\n          meter {\n            serialNumber\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkOrderList($first: Int!, $after: String, $filter: WorkOrderFilter) {\n    workOrders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        folio\n        type\n        status\n        dueAt\n        overdue\n        department\n        assignee {\n          username\n          fullName\n        }\n        complaint {\n          locationText\n        }\n        connection {\n          ...ConnectionSummary\n          meter {\n            serialNumber\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkOrderDetail($id: ID!) {\n    node(id: $id) {\n      ... on WorkOrder {\n        id\n        folio\n        type\n        status\n        department\n        observations\n        issuedAt\n        dueAt\n        overdue\n        completedAt\n        verificationOutcome\n        excessM3\n        limitationResult\n        resultNotes\n        availableActions\n        assignee {\n          id\n          username\n          fullName\n        }\n        complaint {\n          id\n          folio\n          kind\n          category\n          description\n          locationText\n          street\n          locality {\n            name\n          }\n        }\n        connection {\n          ...ConnectionSummary\n          balance\n          meter {\n            serialNumber\n            brand\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkOrderDetail($id: ID!) {\n    node(id: $id) {\n      ... on WorkOrder {\n        id\n        folio\n        type\n        status\n        department\n        observations\n        issuedAt\n        dueAt\n        overdue\n        completedAt\n        verificationOutcome\n        excessM3\n        limitationResult\n        resultNotes\n        availableActions\n        assignee {\n          id\n          username\n          fullName\n        }\n        complaint {\n          id\n          folio\n          kind\n          category\n          description\n          locationText\n          street\n          locality {\n            name\n          }\n        }\n        connection {\n          ...ConnectionSummary\n          balance\n          meter {\n            serialNumber\n            brand\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assignees($role: Role!) {\n    staffMembers(first: 100, filter: { role: $role, active: true }) {\n      nodes {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Assignees($role: Role!) {\n    staffMembers(first: 100, filter: { role: $role, active: true }) {\n      nodes {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintDetail($id: ID!) {\n    node(id: $id) {\n      ... on Complaint {\n        id\n        folio\n        kind\n        category\n        channel\n        status\n        description\n        reporterName\n        createdAt\n        connection {\n          ...ConnectionSummary\n        }\n        workOrders {\n          ...OrderSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComplaintDetail($id: ID!) {\n    node(id: $id) {\n      ... on Complaint {\n        id\n        folio\n        kind\n        category\n        channel\n        status\n        description\n        reporterName\n        createdAt\n        connection {\n          ...ConnectionSummary\n        }\n        workOrders {\n          ...OrderSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InformationRequestList($first: Int!, $after: String, $filter: InformationRequestFilter) {\n    informationRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        folio\n        receivedAt\n        requesterName\n        subject\n        responsibleArea\n        status\n        deadline {\n          ...DeadlineFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InformationRequestList($first: Int!, $after: String, $filter: InformationRequestFilter) {\n    informationRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        folio\n        receivedAt\n        requesterName\n        subject\n        responsibleArea\n        status\n        deadline {\n          ...DeadlineFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InformationRequestDetail($id: ID!) {\n    node(id: $id) {\n      ... on InformationRequest {\n        id\n        folio\n        receivedAt\n        channel\n        requesterName\n        subject\n        responsibleArea\n        status\n        dueAt\n        originalDueAt\n        extendedAt\n        extensionReason\n        response\n        declineReason\n        respondedAt\n        availableActions\n        deadline {\n          ...DeadlineFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InformationRequestDetail($id: ID!) {\n    node(id: $id) {\n      ... on InformationRequest {\n        id\n        folio\n        receivedAt\n        channel\n        requesterName\n        subject\n        responsibleArea\n        status\n        dueAt\n        originalDueAt\n        extendedAt\n        extensionReason\n        response\n        declineReason\n        respondedAt\n        availableActions\n        deadline {\n          ...DeadlineFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartInformationRequest($input: StartInformationRequestInput!) {\n    startInformationRequest(input: $input) {\n      ...InformationRequestChange\n    }\n  }\n"): (typeof documents)["\n  mutation StartInformationRequest($input: StartInformationRequestInput!) {\n    startInformationRequest(input: $input) {\n      ...InformationRequestChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendInformationRequest($input: ExtendInformationRequestInput!) {\n    extendInformationRequest(input: $input) {\n      ...InformationRequestChange\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendInformationRequest($input: ExtendInformationRequestInput!) {\n    extendInformationRequest(input: $input) {\n      ...InformationRequestChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerInformationRequest($input: AnswerInformationRequestInput!) {\n    answerInformationRequest(input: $input) {\n      ...InformationRequestChange\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerInformationRequest($input: AnswerInformationRequestInput!) {\n    answerInformationRequest(input: $input) {\n      ...InformationRequestChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineInformationRequest($input: DeclineInformationRequestInput!) {\n    declineInformationRequest(input: $input) {\n      ...InformationRequestChange\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineInformationRequest($input: DeclineInformationRequestInput!) {\n    declineInformationRequest(input: $input) {\n      ...InformationRequestChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveInformationRequest($input: ReceiveInformationRequestInput!) {\n    receiveInformationRequest(input: $input) {\n      ...InformationRequestChange\n    }\n  }\n"): (typeof documents)["\n  mutation ReceiveInformationRequest($input: ReceiveInformationRequestInput!) {\n    receiveInformationRequest(input: $input) {\n      ...InformationRequestChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionCard($controlNumber: String!, $historyFirst: Int!) {\n    serviceConnection(controlNumber: $controlNumber) {\n      id\n      controlNumber\n      street\n      exteriorNumber\n      neighborhood\n      type\n      status\n      balance\n      periodsOwed\n      holder {\n        fullName\n        curp\n        phone\n        email\n      }\n      locality {\n        name\n        municipality\n      }\n      meter {\n        serialNumber\n        brand\n        installedAt\n        lastReadingM3\n      }\n      openComplaints {\n        id\n        folio\n        kind\n        category\n        status\n        createdAt\n      }\n      openWorkOrders {\n        ...OrderSummary\n      }\n      history(first: $historyFirst) {\n        totalCount\n        ...HistoryPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConnectionCard($controlNumber: String!, $historyFirst: Int!) {\n    serviceConnection(controlNumber: $controlNumber) {\n      id\n      controlNumber\n      street\n      exteriorNumber\n      neighborhood\n      type\n      status\n      balance\n      periodsOwed\n      holder {\n        fullName\n        curp\n        phone\n        email\n      }\n      locality {\n        name\n        municipality\n      }\n      meter {\n        serialNumber\n        brand\n        installedAt\n        lastReadingM3\n      }\n      openComplaints {\n        id\n        folio\n        kind\n        category\n        status\n        createdAt\n      }\n      openWorkOrders {\n        ...OrderSummary\n      }\n      history(first: $historyFirst) {\n        totalCount\n        ...HistoryPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoreHistory($controlNumber: String!, $first: Int!, $after: String) {\n    serviceConnection(controlNumber: $controlNumber) {\n      history(first: $first, after: $after) {\n        ...HistoryPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoreHistory($controlNumber: String!, $first: Int!, $after: String) {\n    serviceConnection(controlNumber: $controlNumber) {\n      history(first: $first, after: $after) {\n        ...HistoryPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintTarget($controlNumber: String!) {\n    serviceConnection(controlNumber: $controlNumber) {\n      id\n      ...ConnectionSummary\n    }\n  }\n"): (typeof documents)["\n  query ComplaintTarget($controlNumber: String!) {\n    serviceConnection(controlNumber: $controlNumber) {\n      id\n      ...ConnectionSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      complaint {\n        id\n        folio\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      complaint {\n        id\n        folio\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransparencyMonths($count: Int!) {\n    transparencyMonths(count: $count) {\n      ...TransparencyMonthStatus\n      reports {\n        ...TransparencySnapshotSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query TransparencyMonths($count: Int!) {\n    transparencyMonths(count: $count) {\n      ...TransparencyMonthStatus\n      reports {\n        ...TransparencySnapshotSummary\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;