/** The connection of a node's relationships (`relationships`, and the fields that list any node). */
import { relationConnectionOf } from './connection.js';
import { NodeInterface } from './node.interface.js';

export const NodeRelationConnection = relationConnectionOf(NodeInterface, 'Node');
