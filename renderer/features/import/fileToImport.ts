/** Reads a picked or dropped file into the contract's import shape (bytes as base64). */
export function fileToImport(file: File): Promise<{ name: string; dataBase64: string }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      // readAsDataURL always yields a string.
      const url = reader.result as string;
      resolve({ name: file.name, dataBase64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => reject(new Error(`"${file.name}" could not be read from disk. Check that the file still exists and try again.`));
    reader.readAsDataURL(file);
  });
}
