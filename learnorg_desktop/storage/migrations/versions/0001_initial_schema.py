"""Initial schema for the whole domain.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 17:08:05.490238
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('database_info',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_database_info'))
    )
    op.create_table('diagnostic_campaigns',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('questionnaire_version', sa.String(length=32), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diagnostic_campaigns')),
    sa.UniqueConstraint('uuid', name=op.f('uq_diagnostic_campaigns_uuid'))
    )
    op.create_table('offices',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('is_headquarters', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_offices')),
    sa.UniqueConstraint('code', name=op.f('uq_offices_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_offices_uuid'))
    )
    op.create_table('roles',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roles')),
    sa.UniqueConstraint('name', name=op.f('uq_roles_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_roles_uuid'))
    )
    op.create_table('skill_categories',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_skill_categories')),
    sa.UniqueConstraint('name', name=op.f('uq_skill_categories_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_skill_categories_uuid'))
    )
    op.create_table('checklist_templates',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('onboarding', 'offboarding', name='checklistkind', native_enum=False, length=24), nullable=False),
    sa.Column('audience', sa.Enum('volunteer', 'staff', 'partner', name='personkind', native_enum=False, length=24), nullable=True),
    sa.Column('office_id', sa.Integer(), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_checklist_templates_office_id_offices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_templates')),
    sa.UniqueConstraint('uuid', name=op.f('uq_checklist_templates_uuid'))
    )
    op.create_table('communities',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('topic', sa.Text(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_communities_office_id_offices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_communities')),
    sa.UniqueConstraint('uuid', name=op.f('uq_communities_uuid'))
    )
    op.create_table('diagnostic_responses',
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=True),
    sa.Column('respondent_group', sa.Enum('staff', 'volunteer', 'partner', name='respondentgroup', native_enum=False, length=24), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['diagnostic_campaigns.id'], name=op.f('fk_diagnostic_responses_campaign_id_diagnostic_campaigns')),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_diagnostic_responses_office_id_offices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diagnostic_responses')),
    sa.UniqueConstraint('uuid', name=op.f('uq_diagnostic_responses_uuid'))
    )
    op.create_table('people',
    sa.Column('kind', sa.Enum('volunteer', 'staff', 'partner', name='personkind', native_enum=False, length=24), nullable=False),
    sa.Column('first_name', sa.String(length=120), nullable=False),
    sa.Column('last_name', sa.String(length=120), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=True),
    sa.Column('role_id', sa.Integer(), nullable=True),
    sa.Column('arrival_date', sa.Date(), nullable=True),
    sa.Column('departure_date', sa.Date(), nullable=True),
    sa.Column('departure_reason', sa.Text(), nullable=False),
    sa.Column('languages', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_people_office_id_offices')),
    sa.ForeignKeyConstraint(['role_id'], ['roles.id'], name=op.f('fk_people_role_id_roles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people')),
    sa.UniqueConstraint('uuid', name=op.f('uq_people_uuid'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index('ix_people_email', ['email'], unique=False)
        batch_op.create_index('ix_people_last_first', ['last_name', 'first_name'], unique=False)
        batch_op.create_index('ix_people_office', ['office_id'], unique=False)

    op.create_table('skills',
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('is_key', sa.Boolean(), nullable=False),
    sa.Column('target_holders', sa.Integer(), nullable=True),
    sa.Column('target_level', sa.Integer(), nullable=True),
    sa.Column('expires', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['skill_categories.id'], name=op.f('fk_skills_category_id_skill_categories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_skills')),
    sa.UniqueConstraint('name', name=op.f('uq_skills_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_skills_uuid'))
    )
    op.create_table('checklists',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('onboarding', 'offboarding', name='checklistkind', native_enum=False, length=24), nullable=False),
    sa.Column('buddy_id', sa.Integer(), nullable=True),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('handover_notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['buddy_id'], ['people.id'], name=op.f('fk_checklists_buddy_id_people')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_checklists_person_id_people')),
    sa.ForeignKeyConstraint(['template_id'], ['checklist_templates.id'], name=op.f('fk_checklists_template_id_checklist_templates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklists')),
    sa.UniqueConstraint('uuid', name=op.f('uq_checklists_uuid'))
    )
    op.create_table('community_members',
    sa.Column('community_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['community_id'], ['communities.id'], name=op.f('fk_community_members_community_id_communities')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_community_members_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_community_members')),
    sa.UniqueConstraint('uuid', name=op.f('uq_community_members_uuid'))
    )
    op.create_table('diagnostic_answers',
    sa.Column('response_id', sa.Integer(), nullable=False),
    sa.Column('question_code', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('value BETWEEN 1 AND 5', name=op.f('ck_diagnostic_answers_value_range')),
    sa.ForeignKeyConstraint(['response_id'], ['diagnostic_responses.id'], name=op.f('fk_diagnostic_answers_response_id_diagnostic_responses')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diagnostic_answers')),
    sa.UniqueConstraint('uuid', name=op.f('uq_diagnostic_answers_uuid'))
    )
    op.create_table('knowledge_sessions',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('format', sa.Enum('workshop', 'lunch_and_learn', 'mentoring', 'community_meeting', 'field_visit', 'online_module', 'blended', name='sessionformat', native_enum=False, length=24), nullable=False),
    sa.Column('status', sa.Enum('planned', 'held', 'cancelled', name='sessionstatus', native_enum=False, length=24), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=True),
    sa.Column('community_id', sa.Integer(), nullable=True),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('online_minutes', sa.Integer(), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('online_link', sa.String(length=500), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('external_host', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('lessons_learned', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('duration_minutes > 0', name=op.f('ck_knowledge_sessions_positive_duration')),
    sa.ForeignKeyConstraint(['community_id'], ['communities.id'], name=op.f('fk_knowledge_sessions_community_id_communities')),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_knowledge_sessions_office_id_offices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_knowledge_sessions')),
    sa.UniqueConstraint('uuid', name=op.f('uq_knowledge_sessions_uuid'))
    )
    with op.batch_alter_table('knowledge_sessions', schema=None) as batch_op:
        batch_op.create_index('ix_knowledge_sessions_starts_at', ['starts_at'], unique=False)

    op.create_table('learning_needs',
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('office_id', sa.Integer(), nullable=True),
    sa.Column('team', sa.String(length=200), nullable=False),
    sa.Column('skill_id', sa.Integer(), nullable=True),
    sa.Column('topic', sa.String(length=300), nullable=False),
    sa.Column('target_level', sa.Integer(), nullable=True),
    sa.Column('origin', sa.Enum('wish', 'career', 'organisation', name='needorigin', native_enum=False, length=24), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'planned', 'in_progress', 'met', 'dropped', name='needstatus', native_enum=False, length=24), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("person_id IS NOT NULL OR office_id IS NOT NULL OR team <> ''", name=op.f('ck_learning_needs_has_owner')),
    sa.CheckConstraint("skill_id IS NOT NULL OR topic <> ''", name=op.f('ck_learning_needs_has_subject')),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_learning_needs_office_id_offices')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_learning_needs_person_id_people')),
    sa.ForeignKeyConstraint(['skill_id'], ['skills.id'], name=op.f('fk_learning_needs_skill_id_skills')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learning_needs')),
    sa.UniqueConstraint('uuid', name=op.f('uq_learning_needs_uuid'))
    )
    op.create_table('resources',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.Enum('file', 'link', name='resourcekind', native_enum=False, length=24), nullable=False),
    sa.Column('url', sa.String(length=1000), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('file_size', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('added_by_id', sa.Integer(), nullable=True),
    sa.Column('office_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['added_by_id'], ['people.id'], name=op.f('fk_resources_added_by_id_people')),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_resources_office_id_offices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resources')),
    sa.UniqueConstraint('uuid', name=op.f('uq_resources_uuid'))
    )
    op.create_table('role_skills',
    sa.Column('role_id', sa.Integer(), nullable=False),
    sa.Column('skill_id', sa.Integer(), nullable=False),
    sa.Column('expected_level', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['role_id'], ['roles.id'], name=op.f('fk_role_skills_role_id_roles')),
    sa.ForeignKeyConstraint(['skill_id'], ['skills.id'], name=op.f('fk_role_skills_skill_id_skills')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_role_skills')),
    sa.UniqueConstraint('uuid', name=op.f('uq_role_skills_uuid'))
    )
    op.create_table('checklist_checkins',
    sa.Column('checklist_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('rating', sa.Integer(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['checklist_id'], ['checklists.id'], name=op.f('fk_checklist_checkins_checklist_id_checklists')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_checkins')),
    sa.UniqueConstraint('uuid', name=op.f('uq_checklist_checkins_uuid'))
    )
    op.create_table('checklist_items',
    sa.Column('checklist_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('responsible_role_id', sa.Integer(), nullable=True),
    sa.Column('responsible_person_id', sa.Integer(), nullable=True),
    sa.Column('resource_id', sa.Integer(), nullable=True),
    sa.Column('skill_id', sa.Integer(), nullable=True),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('done_by_id', sa.Integer(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['checklist_id'], ['checklists.id'], name=op.f('fk_checklist_items_checklist_id_checklists')),
    sa.ForeignKeyConstraint(['done_by_id'], ['people.id'], name=op.f('fk_checklist_items_done_by_id_people')),
    sa.ForeignKeyConstraint(['resource_id'], ['resources.id'], name=op.f('fk_checklist_items_resource_id_resources')),
    sa.ForeignKeyConstraint(['responsible_person_id'], ['people.id'], name=op.f('fk_checklist_items_responsible_person_id_people')),
    sa.ForeignKeyConstraint(['responsible_role_id'], ['roles.id'], name=op.f('fk_checklist_items_responsible_role_id_roles')),
    sa.ForeignKeyConstraint(['skill_id'], ['skills.id'], name=op.f('fk_checklist_items_skill_id_skills')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_items')),
    sa.UniqueConstraint('uuid', name=op.f('uq_checklist_items_uuid'))
    )
    op.create_table('checklist_template_items',
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('due_days', sa.Integer(), nullable=False),
    sa.Column('responsible_role_id', sa.Integer(), nullable=True),
    sa.Column('responsible_person_id', sa.Integer(), nullable=True),
    sa.Column('resource_id', sa.Integer(), nullable=True),
    sa.Column('skill_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('due_days >= 0', name=op.f('ck_checklist_template_items_due_days_positive')),
    sa.ForeignKeyConstraint(['resource_id'], ['resources.id'], name=op.f('fk_checklist_template_items_resource_id_resources')),
    sa.ForeignKeyConstraint(['responsible_person_id'], ['people.id'], name=op.f('fk_checklist_template_items_responsible_person_id_people')),
    sa.ForeignKeyConstraint(['responsible_role_id'], ['roles.id'], name=op.f('fk_checklist_template_items_responsible_role_id_roles')),
    sa.ForeignKeyConstraint(['skill_id'], ['skills.id'], name=op.f('fk_checklist_template_items_skill_id_skills')),
    sa.ForeignKeyConstraint(['template_id'], ['checklist_templates.id'], name=op.f('fk_checklist_template_items_template_id_checklist_templates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_template_items')),
    sa.UniqueConstraint('uuid', name=op.f('uq_checklist_template_items_uuid'))
    )
    op.create_table('resource_links',
    sa.Column('resource_id', sa.Integer(), nullable=False),
    sa.Column('skill_id', sa.Integer(), nullable=True),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['resource_id'], ['resources.id'], name=op.f('fk_resource_links_resource_id_resources')),
    sa.ForeignKeyConstraint(['session_id'], ['knowledge_sessions.id'], name=op.f('fk_resource_links_session_id_knowledge_sessions')),
    sa.ForeignKeyConstraint(['skill_id'], ['skills.id'], name=op.f('fk_resource_links_skill_id_skills')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resource_links')),
    sa.UniqueConstraint('uuid', name=op.f('uq_resource_links_uuid'))
    )
    with op.batch_alter_table('resource_links', schema=None) as batch_op:
        batch_op.create_index('ix_resource_links_resource', ['resource_id'], unique=False)

    op.create_table('session_attendance',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('invited', sa.Boolean(), nullable=False),
    sa.Column('attended', sa.Boolean(), nullable=False),
    sa.Column('need_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['need_id'], ['learning_needs.id'], name=op.f('fk_session_attendance_need_id_learning_needs')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_session_attendance_person_id_people')),
    sa.ForeignKeyConstraint(['session_id'], ['knowledge_sessions.id'], name=op.f('fk_session_attendance_session_id_knowledge_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_attendance')),
    sa.UniqueConstraint('uuid', name=op.f('uq_session_attendance_uuid'))
    )
    with op.batch_alter_table('session_attendance', schema=None) as batch_op:
        batch_op.create_index('ix_session_attendance_person', ['person_id'], unique=False)
        batch_op.create_index('ix_session_attendance_session', ['session_id'], unique=False)

    op.create_table('session_feedback',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('usefulness', sa.Integer(), nullable=False),
    sa.Column('quality', sa.Integer(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('applied', sa.Boolean(), nullable=True),
    sa.Column('applied_on', sa.Date(), nullable=True),
    sa.Column('applied_comment', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('quality BETWEEN 1 AND 5', name=op.f('ck_session_feedback_quality_range')),
    sa.CheckConstraint('usefulness BETWEEN 1 AND 5', name=op.f('ck_session_feedback_usefulness_range')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_session_feedback_person_id_people')),
    sa.ForeignKeyConstraint(['session_id'], ['knowledge_sessions.id'], name=op.f('fk_session_feedback_session_id_knowledge_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_feedback')),
    sa.UniqueConstraint('uuid', name=op.f('uq_session_feedback_uuid'))
    )
    op.create_table('session_hosts',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_session_hosts_person_id_people')),
    sa.ForeignKeyConstraint(['session_id'], ['knowledge_sessions.id'], name=op.f('fk_session_hosts_session_id_knowledge_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_hosts')),
    sa.UniqueConstraint('uuid', name=op.f('uq_session_hosts_uuid'))
    )
    op.create_table('session_skills',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('skill_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['knowledge_sessions.id'], name=op.f('fk_session_skills_session_id_knowledge_sessions')),
    sa.ForeignKeyConstraint(['skill_id'], ['skills.id'], name=op.f('fk_session_skills_skill_id_skills')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_skills')),
    sa.UniqueConstraint('uuid', name=op.f('uq_session_skills_uuid'))
    )
    op.create_table('skill_assessments',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('skill_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('source', sa.Enum('self', 'manager', 'session', name='assessmentsource', native_enum=False, length=24), nullable=False),
    sa.Column('interest', sa.Integer(), nullable=True),
    sa.Column('willing_to_share', sa.Boolean(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('origin_office_uuid', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('level BETWEEN 0 AND 4', name=op.f('ck_skill_assessments_level_range')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_skill_assessments_person_id_people')),
    sa.ForeignKeyConstraint(['session_id'], ['knowledge_sessions.id'], name=op.f('fk_skill_assessments_session_id_knowledge_sessions')),
    sa.ForeignKeyConstraint(['skill_id'], ['skills.id'], name=op.f('fk_skill_assessments_skill_id_skills')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_skill_assessments')),
    sa.UniqueConstraint('uuid', name=op.f('uq_skill_assessments_uuid'))
    )
    with op.batch_alter_table('skill_assessments', schema=None) as batch_op:
        batch_op.create_index('ix_skill_assessments_person_skill', ['person_id', 'skill_id', 'assessed_on'], unique=False)
        batch_op.create_index('ix_skill_assessments_skill', ['skill_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('skill_assessments', schema=None) as batch_op:
        batch_op.drop_index('ix_skill_assessments_skill')
        batch_op.drop_index('ix_skill_assessments_person_skill')

    op.drop_table('skill_assessments')
    op.drop_table('session_skills')
    op.drop_table('session_hosts')
    op.drop_table('session_feedback')
    with op.batch_alter_table('session_attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_session_attendance_session')
        batch_op.drop_index('ix_session_attendance_person')

    op.drop_table('session_attendance')
    with op.batch_alter_table('resource_links', schema=None) as batch_op:
        batch_op.drop_index('ix_resource_links_resource')

    op.drop_table('resource_links')
    op.drop_table('checklist_template_items')
    op.drop_table('checklist_items')
    op.drop_table('checklist_checkins')
    op.drop_table('role_skills')
    op.drop_table('resources')
    op.drop_table('learning_needs')
    with op.batch_alter_table('knowledge_sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_knowledge_sessions_starts_at')

    op.drop_table('knowledge_sessions')
    op.drop_table('diagnostic_answers')
    op.drop_table('community_members')
    op.drop_table('checklists')
    op.drop_table('skills')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index('ix_people_office')
        batch_op.drop_index('ix_people_last_first')
        batch_op.drop_index('ix_people_email')

    op.drop_table('people')
    op.drop_table('diagnostic_responses')
    op.drop_table('communities')
    op.drop_table('checklist_templates')
    op.drop_table('skill_categories')
    op.drop_table('roles')
    op.drop_table('offices')
    op.drop_table('diagnostic_campaigns')
    op.drop_table('database_info')

