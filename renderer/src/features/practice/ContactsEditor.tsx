import { useTranslation } from 'react-i18next';
import { contactRoles, type ContactRole, type SiteContact } from '../../../../shared/domain/practice';
import type { FieldIssue } from '../../../../shared/result';
import { Field, issueFor } from '../../ui/Field';

interface ContactsEditorProps {
  contacts: readonly SiteContact[];
  issues: readonly FieldIssue[];
  onChange: (contacts: SiteContact[]) => void;
}

/** The site's contact people, one row each; the buddy (fadder/veileder) is marked by role. */
export function ContactsEditor({ contacts, issues, onChange }: ContactsEditorProps) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<SiteContact>) =>
    onChange(contacts.map((contact, at) => (at === index ? { ...contact, ...patch } : contact)));
  const hasBuddy = contacts.some((contact) => contact.role === 'buddy');

  return (
    <fieldset className="site-contacts">
      <legend>{t('practice.contacts.title')}</legend>
      <p className="muted">{t('practice.contacts.intro')}</p>
      {contacts.length === 0 ? <p className="muted">{t('practice.contacts.none')}</p> : null}
      <ol className="site-contacts__list">
        {contacts.map((contact, index) => {
          const number = index + 1;
          const issue = (field: string) => issueFor(issues, `contacts.${index}.${field}`);
          return (
            <li
              key={index}
              className={contact.role === 'buddy' ? 'site-contact site-contact--buddy' : 'site-contact'}
              aria-label={t('practice.contacts.person', { number })}
            >
              <Field label={t('practice.contacts.name')} issue={issue('name')} required>
                {(control) => (
                  <input {...control} dir="auto" value={contact.name} onChange={(e) => change(index, { name: e.target.value })} />
                )}
              </Field>
              <Field label={t('practice.contacts.role')} issue={issue('role')}>
                {(control) => (
                  <select
                    {...control}
                    value={contact.role}
                    onChange={(e) => change(index, { role: contactRoles.find((role) => role === e.target.value) ?? 'contact' })}
                  >
                    {contactRoles.map((role: ContactRole) => (
                      <option key={role} value={role}>
                        {t(`practice.contacts.roles.${role}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('practice.contacts.phone')} issue={issue('phone')}>
                {(control) => (
                  <input {...control} type="tel" dir="ltr" value={contact.phone} onChange={(e) => change(index, { phone: e.target.value })} />
                )}
              </Field>
              <Field label={t('practice.contacts.email')} issue={issue('email')}>
                {(control) => (
                  <input {...control} type="email" dir="ltr" value={contact.email} onChange={(e) => change(index, { email: e.target.value })} />
                )}
              </Field>
              <button
                type="button"
                className="button button--small site-contact__remove"
                onClick={() => onChange(contacts.filter((_, at) => at !== index))}
              >
                {t('practice.contacts.remove', { number })}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() => onChange([...contacts, { name: '', role: hasBuddy ? 'contact' : 'buddy', phone: '', email: '' }])}
      >
        {t('practice.contacts.add')}
      </button>
    </fieldset>
  );
}
