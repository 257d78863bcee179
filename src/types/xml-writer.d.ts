/** Types for xml-writer (the XML writer graphology-gexf uses), which ships none. */
declare module 'xml-writer' {
  export default class XMLWriter {
    constructor(indent?: boolean | string);
    startDocument(version?: string, encoding?: string): this;
    endDocument(): this;
    startElement(name: string): this;
    endElement(): this;
    writeAttribute(name: string, value: string): this;
    text(content: string): this;
    toString(): string;
  }
}
