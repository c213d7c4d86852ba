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
    "\n  query Me {\n    me {\n      username\n      fullName\n      roles\n    }\n    myPermissions\n  }\n": typeof types.MeDocument,
    "\n  fragment ConnectionSummary on ServiceConnection {\n    controlNumber\n    street\n    exteriorNumber\n    neighborhood\n    holder {\n      fullName\n    }\n    locality {\n      name\n    }\n  }\n": typeof types.ConnectionSummaryFragmentDoc,
    "\n  fragment HistoryPage on HistoryEventPage {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      type\n      summary\n      occurredAt\n    }\n  }\n": typeof types.HistoryPageFragmentDoc,
    "\n  fragment OrderSummary on WorkOrder {\n    id\n    folio\n    type\n    status\n    dueAt\n    overdue\n    assignee {\n      username\n      fullName\n    }\n  }\n": typeof types.OrderSummaryFragmentDoc,
    "\n  query SearchConnections($first: Int!, $after: String, $filter: ConnectionFilter) {\n    serviceConnections(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          controlNumber\n          street\n          exteriorNumber\n          neighborhood\n          status\n          balance\n          holder {\n            fullName\n          }\n          locality {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchConnectionsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      staff {\n        username\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query WorkOrderList($first: Int!, $after: String, $filter: WorkOrderFilter) {\n    workOrders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        folio\n        type\n        status\n        dueAt\n        overdue\n        department\n        assignee {\n          username\n          fullName\n        }\n        complaint {\n          locationText\n        }\n        connection {\n          ...ConnectionSummary\n          meter {\n            serialNumber\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkOrderListDocument,
    "\n  query WorkOrderDetail($id: ID!) {\n    node(id: $id) {\n      ... on WorkOrder {\n        id\n        folio\n        type\n        status\n        observations\n        issuedAt\n        dueAt\n        overdue\n        completedAt\n        verificationOutcome\n        excessM3\n        resultNotes\n        assignee {\n          username\n          fullName\n        }\n        complaint {\n          folio\n          category\n          description\n        }\n        connection {\n          ...ConnectionSummary\n          balance\n          meter {\n            serialNumber\n            brand\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkOrderDetailDocument,
    "\n  mutation CompleteVerification($input: CompleteVerificationInput!) {\n    completeVerification(input: $input) {\n      workOrder {\n        id\n        folio\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.CompleteVerificationDocument,
    "\n  query ComplaintDetail($id: ID!) {\n    node(id: $id) {\n      ... on Complaint {\n        id\n        folio\n        kind\n        category\n        channel\n        status\n        description\n        reporterName\n        createdAt\n        connection {\n          ...ConnectionSummary\n        }\n        workOrders {\n          ...OrderSummary\n        }\n      }\n    }\n  }\n": typeof types.ComplaintDetailDocument,
    "\n  query ConnectionCard($controlNumber: String!, $historyFirst: Int!) {\n    serviceConnection(controlNumber: $controlNumber) {\n      id\n      controlNumber\n      street\n      exteriorNumber\n      neighborhood\n      type\n      status\n      balance\n      periodsOwed\n      holder {\n        fullName\n        curp\n        phone\n        email\n      }\n      locality {\n        name\n        municipality\n      }\n      meter {\n        serialNumber\n        brand\n        installedAt\n        lastReadingM3\n      }\n      openComplaints {\n        id\n        folio\n        kind\n        category\n        status\n        createdAt\n      }\n      openWorkOrders {\n        ...OrderSummary\n      }\n      history(first: $historyFirst) {\n        totalCount\n        ...HistoryPage\n      }\n    }\n  }\n": typeof types.ConnectionCardDocument,
    "\n  query MoreHistory($controlNumber: String!, $first: Int!, $after: String) {\n    serviceConnection(controlNumber: $controlNumber) {\n      history(first: $first, after: $after) {\n        ...HistoryPage\n      }\n    }\n  }\n": typeof types.MoreHistoryDocument,
    "\n  query ComplaintTarget($controlNumber: String!) {\n    serviceConnection(controlNumber: $controlNumber) {\n      id\n      ...ConnectionSummary\n    }\n  }\n": typeof types.ComplaintTargetDocument,
    "\n  mutation FileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      complaint {\n        id\n        folio\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.FileComplaintDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      username\n      fullName\n      roles\n    }\n    myPermissions\n  }\n": types.MeDocument,
    "\n  fragment ConnectionSummary on ServiceConnection {\n    controlNumber\n    street\n    exteriorNumber\n    neighborhood\n    holder {\n      fullName\n    }\n    locality {\n      name\n    }\n  }\n": types.ConnectionSummaryFragmentDoc,
    "\n  fragment HistoryPage on HistoryEventPage {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      type\n      summary\n      occurredAt\n    }\n  }\n": types.HistoryPageFragmentDoc,
    "\n  fragment OrderSummary on WorkOrder {\n    id\n    folio\n    type\n    status\n    dueAt\n    overdue\n    assignee {\n      username\n      fullName\n    }\n  }\n": types.OrderSummaryFragmentDoc,
    "\n  query SearchConnections($first: Int!, $after: String, $filter: ConnectionFilter) {\n    serviceConnections(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          controlNumber\n          street\n          exteriorNumber\n          neighborhood\n          status\n          balance\n          holder {\n            fullName\n          }\n          locality {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SearchConnectionsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      staff {\n        username\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query WorkOrderList($first: Int!, $after: String, $filter: WorkOrderFilter) {\n    workOrders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        folio\n        type\n        status\n        dueAt\n        overdue\n        department\n        assignee {\n          username\n          fullName\n        }\n        complaint {\n          locationText\n        }\n        connection {\n          ...ConnectionSummary\n          meter {\n            serialNumber\n          }\n        }\n      }\n    }\n  }\n": types.WorkOrderListDocument,
    "\n  query WorkOrderDetail($id: ID!) {\n    node(id: $id) {\n      ... on WorkOrder {\n        id\n        folio\n        type\n        status\n        observations\n        issuedAt\n        dueAt\n        overdue\n        completedAt\n        verificationOutcome\n        excessM3\n        resultNotes\n        assignee {\n          username\n          fullName\n        }\n        complaint {\n          folio\n          category\n          description\n        }\n        connection {\n          ...ConnectionSummary\n          balance\n          meter {\n            serialNumber\n            brand\n          }\n        }\n      }\n    }\n  }\n": types.WorkOrderDetailDocument,
    "\n  mutation CompleteVerification($input: CompleteVerificationInput!) {\n    completeVerification(input: $input) {\n      workOrder {\n        id\n        folio\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.CompleteVerificationDocument,
    "\n  query ComplaintDetail($id: ID!) {\n    node(id: $id) {\n      ... on Complaint {\n        id\n        folio\n        kind\n        category\n        channel\n        status\n        description\n        reporterName\n        createdAt\n        connection {\n          ...ConnectionSummary\n        }\n        workOrders {\n          ...OrderSummary\n        }\n      }\n    }\n  }\n": types.ComplaintDetailDocument,
    "\n  query ConnectionCard($controlNumber: String!, $historyFirst: Int!) {\n    serviceConnection(controlNumber: $controlNumber) {\n      id\n      controlNumber\n      street\n      exteriorNumber\n      neighborhood\n      type\n      status\n      balance\n      periodsOwed\n      holder {\n        fullName\n        curp\n        phone\n        email\n      }\n      locality {\n        name\n        municipality\n      }\n      meter {\n        serialNumber\n        brand\n        installedAt\n        lastReadingM3\n      }\n      openComplaints {\n        id\n        folio\n        kind\n        category\n        status\n        createdAt\n      }\n      openWorkOrders {\n        ...OrderSummary\n      }\n      history(first: $historyFirst) {\n        totalCount\n        ...HistoryPage\n      }\n    }\n  }\n": types.ConnectionCardDocument,
    "\n  query MoreHistory($controlNumber: String!, $first: Int!, $after: String) {\n    serviceConnection(controlNumber: $controlNumber) {\n      history(first: $first, after: $after) {\n        ...HistoryPage\n      }\n    }\n  }\n": types.MoreHistoryDocument,
    "\n  query ComplaintTarget($controlNumber: String!) {\n    serviceConnection(controlNumber: $controlNumber) {\n      id\n      ...ConnectionSummary\n    }\n  }\n": types.ComplaintTargetDocument,
    "\n  mutation FileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      complaint {\n        id\n        folio\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.FileComplaintDocument,
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
export function graphql(source: "\n  query Me {\n    me {\n      username\n      fullName\n      roles\n    }\n    myPermissions\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      username\n      fullName\n      roles\n    }\n    myPermissions\n  }\n"];
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
export function graphql(source: "\n  query SearchConnections($first: Int!, $after: String, $filter: ConnectionFilter) {\n    serviceConnections(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          controlNumber\n          street\n          exteriorNumber\n          neighborhood\n          status\n          balance\n          holder {\n            fullName\n          }\n          locality {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchConnections($first: Int!, $after: String, $filter: ConnectionFilter) {\n    serviceConnections(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          controlNumber\n          street\n          exteriorNumber\n          neighborhood\n          status\n          balance\n          holder {\n            fullName\n          }\n          locality {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query WorkOrderDetail($id: ID!) {\n    node(id: $id) {\n      ... on WorkOrder {\n        id\n        folio\n        type\n        status\n        observations\n        issuedAt\n        dueAt\n        overdue\n        completedAt\n        verificationOutcome\n        excessM3\n        resultNotes\n        assignee {\n          username\n          fullName\n        }\n        complaint {\n          folio\n          category\n          description\n        }\n        connection {\n          ...ConnectionSummary\n          balance\n          meter {\n            serialNumber\n            brand\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkOrderDetail($id: ID!) {\n    node(id: $id) {\n      ... on WorkOrder {\n        id\n        folio\n        type\n        status\n        observations\n        issuedAt\n        dueAt\n        overdue\n        completedAt\n        verificationOutcome\n        excessM3\n        resultNotes\n        assignee {\n          username\n          fullName\n        }\n        complaint {\n          folio\n          category\n          description\n        }\n        connection {\n          ...ConnectionSummary\n          balance\n          meter {\n            serialNumber\n            brand\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteVerification($input: CompleteVerificationInput!) {\n    completeVerification(input: $input) {\n      workOrder {\n        id\n        folio\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteVerification($input: CompleteVerificationInput!) {\n    completeVerification(input: $input) {\n      workOrder {\n        id\n        folio\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintDetail($id: ID!) {\n    node(id: $id) {\n      ... on Complaint {\n        id\n        folio\n        kind\n        category\n        channel\n        status\n        description\n        reporterName\n        createdAt\n        connection {\n          ...ConnectionSummary\n        }\n        workOrders {\n          ...OrderSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComplaintDetail($id: ID!) {\n    node(id: $id) {\n      ... on Complaint {\n        id\n        folio\n        kind\n        category\n        channel\n        status\n        description\n        reporterName\n        createdAt\n        connection {\n          ...ConnectionSummary\n        }\n        workOrders {\n          ...OrderSummary\n        }\n      }\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;