import type { ReactNode } from 'react';
import { FONT_SIZES, type ReadingSettings } from '../settings/settings';

export interface ReadingSettingsFormProps {
  reading: ReadingSettings;
  onChange: (reading: ReadingSettings) => void;
}

function Choice<K extends keyof ReadingSettings>({ name, label, value, options, onPick }: { name: K; label: string; value: ReadingSettings[K]; options: Array<[ReadingSettings[K], string]>; onPick: (value: ReadingSettings[K]) => void }): ReactNode {
  return (
    <fieldset className="choice">
      <legend>{label}</legend>
      {options.map(([option, text]) => (
        <label key={String(option)} className={option === value ? 'is-chosen' : ''}>
          <input type="radio" name={name} checked={option === value} onChange={() => onPick(option)} />
          {text}
        </label>
      ))}
    </fieldset>
  );
}

/** How articles read: theme, text size, typeface and line length, with a sample to judge by. */
export function ReadingSettingsForm({ reading, onChange }: ReadingSettingsFormProps): ReactNode {
  const set = <K extends keyof ReadingSettings>(key: K) => (value: ReadingSettings[K]) => onChange({ ...reading, [key]: value });
  return (
    <div className="reading-settings">
      <Choice name="theme" label="Theme" value={reading.theme} options={[['system', 'Follow the system'], ['light', 'Light'], ['dark', 'Dark']]} onPick={set('theme')} />
      <Choice name="typeface" label="Typeface" value={reading.typeface} options={[['serif', 'Serif'], ['sans', 'Sans serif']]} onPick={set('typeface')} />
      <Choice name="lineWidth" label="Line width" value={reading.lineWidth} options={[['narrow', 'Narrow'], ['medium', 'Medium'], ['wide', 'Wide']]} onPick={set('lineWidth')} />
      <div className="choice">
        <label htmlFor="reading-size" className="legend">
          Text size <output htmlFor="reading-size">{reading.fontSize} px</output>
        </label>
        <input id="reading-size" type="range" min={FONT_SIZES.min} max={FONT_SIZES.max} step={1} value={reading.fontSize} onChange={(event) => set('fontSize')(Number(event.target.value))} />
      </div>
      <p className="reading-sample">
        The archive keeps every version a source sent, with its pictures and their credits, so the story you read offline is the story as it ran. Right-to-left articles (Arabic, Hebrew, Persian, Urdu) are set right to left.
      </p>
    </div>
  );
}
